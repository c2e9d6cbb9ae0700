//! Signals from the operating system that should lock the vault: the machine going to
//! sleep and the user's session being locked. The idle lock does not depend on this; it
//! only makes the lock come sooner where the OS tells us.
//!
//! Linux: logind on the system bus (`PrepareForSleep`, the session's `Lock`) and the
//! screensaver on the session bus (`ActiveChanged`). macOS and Windows: nothing yet
//! (`watch` returns without watching); the idle lock covers them.

/// Why the OS asked us to lock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OsLockCause {
    /// The machine is about to suspend or hibernate.
    Sleep,
    /// The user's session or screen was locked.
    SessionLock,
}

/// Starts watching in a background thread; calls `on_lock` for each event. Never panics;
/// when no bus or no logind is there, it logs nothing secret and simply returns (the idle
/// lock still works). Returns immediately.
pub fn watch(on_lock: impl Fn(OsLockCause) + Send + 'static) {
    #[cfg(target_os = "linux")]
    linux::watch(on_lock);
    // No OS signals yet on macOS and Windows.
    #[cfg(not(target_os = "linux"))]
    let _ = on_lock;
}

#[cfg(target_os = "linux")]
mod linux {
    use std::sync::{Arc, Mutex, PoisonError};
    use std::time::Duration;

    use zbus::blocking::{Connection, MessageIterator, connection};
    use zbus::message::Type;
    use zbus::zvariant::OwnedObjectPath;
    use zbus::{MatchRule, Message};

    use super::OsLockCause;

    const LOGIND: &str = "org.freedesktop.login1";
    const LOGIND_PATH: &str = "/org/freedesktop/login1";
    const MANAGER: &str = "org.freedesktop.login1.Manager";
    const SESSION: &str = "org.freedesktop.login1.Session";
    /// GNOME's interface, and the freedesktop one KDE and others implement.
    const SCREENSAVERS: [&str; 2] = ["org.gnome.ScreenSaver", "org.freedesktop.ScreenSaver"];
    /// A stuck logind must not keep the watcher thread waiting for a reply forever.
    const METHOD_TIMEOUT: Duration = Duration::from_secs(5);

    type Callback = Arc<Mutex<dyn Fn(OsLockCause) + Send>>;

    pub(super) fn watch(on_lock: impl Fn(OsLockCause) + Send + 'static) {
        let spawned = std::thread::Builder::new()
            .name("os-lock-signals".into())
            .spawn(move || {
                let system = match bus(connection::Builder::system()) {
                    Ok(system) => system,
                    Err(err) => return not_watching("system bus", &err),
                };
                // The session bus is optional: logind alone covers sleep and session lock.
                let session = bus(connection::Builder::session()).ok();
                if let Err(err) = watch_on(system, session, on_lock) {
                    not_watching("logind", &err);
                }
            });
        if let Err(err) = spawned {
            not_watching("thread", &err);
        }
    }

    fn bus(builder: zbus::Result<connection::Builder<'static>>) -> zbus::Result<Connection> {
        builder?.method_timeout(METHOD_TIMEOUT).build()
    }

    /// Only the kind of failure is logged: bus errors carry no vault data.
    fn not_watching(what: &str, err: &dyn std::fmt::Display) {
        #[allow(clippy::print_stderr)] // no log facility in the shell; stderr is it
        {
            eprintln!("waarborg: not watching OS lock signals ({what}: {err}); idle lock only");
        }
    }

    /// Subscribes on both buses before returning (so no signal sent after it returns is
    /// missed), then reads each bus in its own thread. The buses are parameters so tests
    /// can use a private bus.
    pub(super) fn watch_on(
        system: Connection,
        session: Option<Connection>,
        on_lock: impl Fn(OsLockCause) + Send + 'static,
    ) -> zbus::Result<()> {
        // One stream per bus keeps each bus's signals in the order they were sent. The
        // sender is checked by the bus daemon, so only logind can make us lock this way.
        let logind_signals = MessageIterator::for_match_rule(
            MatchRule::builder()
                .msg_type(Type::Signal)
                .sender(LOGIND)?
                .build(),
            &system,
            None,
        )?;
        let own_session = own_session_path(&system);
        let screensaver_signals = match &session {
            Some(session) => Some(MessageIterator::for_match_rule(
                MatchRule::builder()
                    .msg_type(Type::Signal)
                    .member("ActiveChanged")?
                    .build(),
                session,
                None,
            )?),
            None => None,
        };

        let on_lock: Callback = Arc::new(Mutex::new(on_lock));
        if let Some(signals) = screensaver_signals {
            let on_lock = Arc::clone(&on_lock);
            spawn_reader("os-lock-screensaver", signals, on_lock, screensaver_cause)?;
        }
        spawn_reader("os-lock-logind", logind_signals, on_lock, move |msg| {
            logind_cause(msg, own_session.as_ref())
        })?;
        Ok(())
    }

    fn spawn_reader(
        name: &str,
        signals: MessageIterator,
        on_lock: Callback,
        cause_of: impl Fn(&Message) -> Option<OsLockCause> + Send + 'static,
    ) -> zbus::Result<()> {
        std::thread::Builder::new()
            .name(name.into())
            .spawn(move || {
                // Ends when the bus connection closes; a bad message is skipped.
                for msg in signals.flatten() {
                    if let Some(cause) = cause_of(&msg) {
                        // A panic in an earlier call does not make locking wrong now.
                        (on_lock.lock().unwrap_or_else(PoisonError::into_inner))(cause);
                    }
                }
            })
            .map(drop)
            .map_err(|err| zbus::Error::Failure(err.to_string()))
    }

    /// The logind session this process runs in. Without one (started outside a login
    /// session) only sleep is watched; a `Lock` of another user's session is not ours.
    fn own_session_path(system: &Connection) -> Option<OwnedObjectPath> {
        let by_pid = system.call_method(
            Some(LOGIND),
            LOGIND_PATH,
            Some(MANAGER),
            "GetSessionByPID",
            &(std::process::id(),),
        );
        // "auto" is logind's name for the caller's session or the user's display session.
        let reply = by_pid
            .or_else(|_| {
                system.call_method(
                    Some(LOGIND),
                    LOGIND_PATH,
                    Some(MANAGER),
                    "GetSession",
                    &("auto",),
                )
            })
            .ok()?;
        reply.body().deserialize::<OwnedObjectPath>().ok()
    }

    fn logind_cause(msg: &Message, own_session: Option<&OwnedObjectPath>) -> Option<OsLockCause> {
        let header = msg.header();
        let interface = header.interface()?.as_str();
        let member = header.member()?.as_str();
        let path = header.path()?;
        match (interface, member) {
            // `false` is the wake-up after sleep: nothing to lock.
            (MANAGER, "PrepareForSleep") if path.as_str() == LOGIND_PATH => msg
                .body()
                .deserialize::<bool>()
                .ok()
                .filter(|going_to_sleep| *going_to_sleep)
                .map(|_| OsLockCause::Sleep),
            (SESSION, "Lock") if own_session.is_some_and(|own| own.as_ref() == *path) => {
                Some(OsLockCause::SessionLock)
            }
            _ => None,
        }
    }

    fn screensaver_cause(msg: &Message) -> Option<OsLockCause> {
        let header = msg.header();
        let interface = header.interface()?.as_str();
        if !SCREENSAVERS.contains(&interface) {
            return None;
        }
        // `false` is the screensaver going away: nothing to lock.
        msg.body()
            .deserialize::<bool>()
            .ok()
            .filter(|active| *active)
            .map(|_| OsLockCause::SessionLock)
    }

    #[cfg(test)]
    mod tests {
        // Test code: a failed expectation is a failed test.
        #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

        use std::io::{BufRead, BufReader};
        use std::process::{Child, Command, Stdio};
        use std::sync::mpsc::{self, Receiver, TryRecvError};
        use std::time::Duration;

        use zbus::blocking::{Connection, connection};
        use zbus::zvariant::OwnedObjectPath;

        use super::{LOGIND, LOGIND_PATH, MANAGER, OsLockCause, SESSION, watch_on};

        const OWN_SESSION: &str = "/org/freedesktop/login1/session/_31";
        const OTHER_SESSION: &str = "/org/freedesktop/login1/session/_32";
        /// Only a bound for a broken build; a passing run takes milliseconds.
        const WAIT: Duration = Duration::from_secs(10);

        /// A private `dbus-daemon`, stopped when dropped.
        struct PrivateBus {
            daemon: Child,
            address: String,
        }

        impl PrivateBus {
            fn start() -> Option<Self> {
                let spawned = Command::new("dbus-daemon")
                    .args(["--session", "--print-address", "--nofork"])
                    .stdout(Stdio::piped())
                    // It warns about fd limits it may not raise; not this test's concern.
                    .stderr(Stdio::null())
                    .spawn();
                let mut daemon = match spawned {
                    Ok(daemon) => daemon,
                    Err(err) if err.kind() == std::io::ErrorKind::NotFound => return None,
                    Err(err) => panic!("start dbus-daemon: {err}"),
                };
                let mut address = String::new();
                BufReader::new(daemon.stdout.take().unwrap())
                    .read_line(&mut address)
                    .unwrap();
                let address = address.trim().to_owned();
                assert!(!address.is_empty(), "dbus-daemon printed no address");
                Some(Self { daemon, address })
            }

            fn connect(&self) -> Connection {
                connection::Builder::address(self.address.as_str())
                    .unwrap()
                    .build()
                    .unwrap()
            }
        }

        impl Drop for PrivateBus {
            fn drop(&mut self) {
                let _ = self.daemon.kill();
                let _ = self.daemon.wait();
            }
        }

        /// Just enough of logind's manager for the watcher to find its session.
        struct FakeManager;

        #[zbus::interface(name = "org.freedesktop.login1.Manager")]
        impl FakeManager {
            #[zbus(name = "GetSessionByPID")]
            fn get_session_by_pid(&self, pid: u32) -> zbus::fdo::Result<OwnedObjectPath> {
                if pid != std::process::id() {
                    return Err(zbus::fdo::Error::Failed(format!("no session for {pid}")));
                }
                Ok(OwnedObjectPath::try_from(OWN_SESSION).unwrap())
            }
        }

        fn next(causes: &Receiver<OsLockCause>) -> OsLockCause {
            causes
                .recv_timeout(WAIT)
                .expect("no lock callback for a signal that should lock")
        }

        #[test]
        fn os_signals_lock_on_sleep_session_lock_and_screensaver() {
            if !waarborg_testkit::require_tool("dbus-daemon") {
                return;
            }
            let bus = PrivateBus::start().expect("a private bus from dbus-daemon");
            // The private bus stands in for both the system and the session bus.
            let logind = connection::Builder::address(bus.address.as_str())
                .unwrap()
                .name(LOGIND)
                .unwrap()
                .serve_at(LOGIND_PATH, FakeManager)
                .unwrap()
                .build()
                .unwrap();
            let screensaver = bus.connect();
            let (sender, causes) = mpsc::channel();
            watch_on(bus.connect(), Some(bus.connect()), move |cause| {
                let _ = sender.send(cause);
            })
            .unwrap();

            // Each bus is read in order, so a wrong lock from the first signal of a step
            // would arrive before the right one from the second.
            logind
                .emit_signal(
                    None::<()>,
                    LOGIND_PATH,
                    MANAGER,
                    "PrepareForSleep",
                    &(false,),
                )
                .unwrap();
            logind
                .emit_signal(None::<()>, OTHER_SESSION, SESSION, "Lock", &())
                .unwrap();
            logind
                .emit_signal(None::<()>, OWN_SESSION, SESSION, "Lock", &())
                .unwrap();
            assert_eq!(next(&causes), OsLockCause::SessionLock);

            // Only logind may announce sleep; the bus daemon filters out anyone else.
            screensaver
                .emit_signal(
                    None::<()>,
                    LOGIND_PATH,
                    MANAGER,
                    "PrepareForSleep",
                    &(true,),
                )
                .unwrap();
            // A round trip: the daemon has routed the spoofed signal before logind's.
            zbus::blocking::fdo::DBusProxy::new(&screensaver)
                .unwrap()
                .get_id()
                .unwrap();
            logind
                .emit_signal(
                    None::<()>,
                    LOGIND_PATH,
                    MANAGER,
                    "PrepareForSleep",
                    &(true,),
                )
                .unwrap();
            assert_eq!(next(&causes), OsLockCause::Sleep);
            logind
                .emit_signal(None::<()>, OWN_SESSION, SESSION, "Lock", &())
                .unwrap();
            assert_eq!(next(&causes), OsLockCause::SessionLock);

            screensaver
                .emit_signal(
                    None::<()>,
                    "/org/gnome/ScreenSaver",
                    "org.gnome.ScreenSaver",
                    "ActiveChanged",
                    &(false,),
                )
                .unwrap();
            screensaver
                .emit_signal(
                    None::<()>,
                    "/org/gnome/ScreenSaver",
                    "org.gnome.ScreenSaver",
                    "ActiveChanged",
                    &(true,),
                )
                .unwrap();
            assert_eq!(next(&causes), OsLockCause::SessionLock);

            assert_eq!(causes.try_recv(), Err(TryRecvError::Empty), "an extra lock");
        }
    }
}
