//! `waarborg guide route COUNTRY [--json]`: the same route, limits and sourced facts the
//! window shows for a destination, so a lawyer's office or a script can check what the
//! app tells a parent. Exit codes: 0 shown; 2 no such country (the closest names are
//! suggested); 3 the content pack did not load (a build defect).
// A command line answers on stdout and reports on stderr.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::process::ExitCode;

use waarborg_guide::{ContentPack, render_route_report, render_unknown_country, route_report};
use waarborg_i18n::Messages;

use crate::args::GuideCommand;
use crate::console::{CliError, Console, to_json};

pub fn run(messages: &Messages, command: GuideCommand) -> ExitCode {
    let GuideCommand::Route { country, json } = command;
    let console = Console::new(messages);
    let pack = match ContentPack::netherlands() {
        Ok(pack) => pack,
        Err(err) => {
            let err = waarborg_contract::ApiError::from(err);
            console.report(&CliError::Core {
                code: err.code,
                detail: err.message,
            });
            return ExitCode::from(3);
        }
    };
    match route_report(&pack, &country, messages.language()) {
        Ok(report) if json => match to_json(&report) {
            Ok(text) => {
                println!("{text}");
                ExitCode::SUCCESS
            }
            Err(err) => {
                console.report(&err);
                ExitCode::from(3)
            }
        },
        Ok(report) => {
            print!("{}", render_route_report(&report, messages));
            ExitCode::SUCCESS
        }
        Err(unknown) => {
            eprint!("waarborg: {}", render_unknown_country(&unknown, messages));
            ExitCode::from(2)
        }
    }
}
