//! Waarborg's messages in Dutch and English.
//!
//! One Fluent file per language (`locales/<lang>/waarborg.ftl`) is the single source of
//! truth: the UI imports the same files, the CLI and the PDF generators read them through
//! [`Messages`]. A missing message never panics; it shows its id so the gap is visible.
#![forbid(unsafe_code)]

use std::collections::BTreeSet;

pub use fluent_bundle::FluentValue;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use waarborg_contract::{ErrorCode, Language};

/// The Fluent source of a language, as shipped.
pub const fn ftl_source(language: Language) -> &'static str {
    match language {
        Language::Nl => include_str!("../locales/nl/waarborg.ftl"),
        Language::En => include_str!("../locales/en/waarborg.ftl"),
    }
}

/// The language the operating system's locale asks for.
pub fn system_language() -> Language {
    sys_locale::get_locale()
        .map(|locale| Language::from_locale(&locale))
        .unwrap_or(Language::En)
}

/// The messages of one language.
pub struct Messages {
    language: Language,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Messages")
            .field("language", &self.language)
            .finish_non_exhaustive()
    }
}

impl Messages {
    pub fn new(language: Language) -> Self {
        // A syntax error only drops the broken entries; the `every_file_parses`
        // test keeps the shipped files free of them.
        let resource = FluentResource::try_new(ftl_source(language).to_owned())
            .unwrap_or_else(|(partial, _errors)| partial);
        let langid = match language {
            Language::Nl => unic_langid::langid!("nl"),
            Language::En => unic_langid::langid!("en"),
        };
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // No Unicode isolation marks: they would end up as stray characters in PDFs.
        bundle.set_use_isolating(false);
        // Ids are unique within one file (tested), so adding cannot conflict.
        let _ = bundle.add_resource(resource);
        Self { language, bundle }
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// Whether there is a message `id` in this language.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The message `id`, or `id` itself when there is no such message.
    pub fn get(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// The message `id` with named arguments.
    pub fn format(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }

    /// The translated text for an error code.
    pub fn error(&self, code: ErrorCode) -> String {
        self.get(&code.message_id())
    }
}

/// Every message id in a Fluent source, with attributes as `id.attribute`.
pub fn message_ids(source: &str) -> Result<BTreeSet<String>, String> {
    let resource =
        FluentResource::try_new(source.to_owned()).map_err(|(_, errors)| format!("{errors:?}"))?;
    let mut ids = BTreeSet::new();
    for entry in resource.entries() {
        let (id, attributes) = match entry {
            fluent_syntax::ast::Entry::Message(m) => (m.id.name, &m.attributes),
            fluent_syntax::ast::Entry::Term(t) => (t.id.name, &t.attributes),
            _ => continue,
        };
        if !ids.insert(id.to_owned()) {
            return Err(format!("duplicate message id {id}"));
        }
        for attribute in attributes {
            ids.insert(format!("{id}.{}", attribute.id.name));
        }
    }
    Ok(ids)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_parses_without_duplicates() {
        for &language in Language::ALL {
            message_ids(ftl_source(language)).unwrap_or_else(|e| panic!("{language:?}: {e}"));
        }
    }

    #[test]
    fn languages_have_exactly_the_same_keys() {
        let nl = message_ids(ftl_source(Language::Nl)).unwrap();
        let en = message_ids(ftl_source(Language::En)).unwrap();
        let only_nl: Vec<_> = nl.difference(&en).collect();
        let only_en: Vec<_> = en.difference(&nl).collect();
        assert!(
            only_nl.is_empty() && only_en.is_empty(),
            "only in nl: {only_nl:?}; only in en: {only_en:?}"
        );
    }

    #[test]
    fn every_error_code_is_translated_in_every_language() {
        for &language in Language::ALL {
            let ids = message_ids(ftl_source(language)).unwrap();
            for code in ErrorCode::ALL {
                assert!(
                    ids.contains(&code.message_id()),
                    "{language:?} lacks {code:?}"
                );
            }
        }
    }

    #[test]
    fn messages_are_translated_and_formatted() {
        let nl = Messages::new(Language::Nl);
        let en = Messages::new(Language::En);
        assert_eq!(nl.get("area-vault-title"), "Kluis");
        assert_eq!(en.get("area-vault-title"), "Vault");
        assert_eq!(
            en.format(
                "settings-version",
                &[("version", FluentValue::from("1.2.3"))]
            ),
            "Version 1.2.3"
        );
        assert!(nl.error(ErrorCode::SettingsIo).contains("instellingen"));
    }

    #[test]
    fn a_missing_message_shows_its_id_instead_of_panicking() {
        assert_eq!(
            Messages::new(Language::En).get("no-such-key"),
            "no-such-key"
        );
    }
}
