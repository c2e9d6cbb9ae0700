//! What counts as a source a parent (or a lawyer) can find again: a full `https://`
//! address of a page, or a statute named with its article and the date of the text
//! that was read. A bare domain ("politie.nl"), a shortened address ("…") or a note
//! ("Martiny 2021") is not enough, and a pack citing one does not load.

/// Whether `source` is a full address or a statute with article and date of text.
pub fn is_full_source(source: &str) -> bool {
    is_full_address(source) || is_dated_statute(source)
}

/// `https://host.tld/path…`: a host with a dot, then a path or query that is more
/// than `/`. No spaces, no ellipsis.
fn is_full_address(source: &str) -> bool {
    let Some(rest) = source.strip_prefix("https://") else {
        return false;
    };
    if source.contains(char::is_whitespace) || source.contains('…') {
        return false;
    }
    let (host, path) = match rest.find(['/', '?']) {
        Some(at) => rest.split_at(at),
        None => (rest, ""),
    };
    let host_ok = host.contains('.') && !host.starts_with('.') && !host.ends_with('.');
    host_ok && path.trim_start_matches('/').len() > 1
}

/// "Art. 34 Paspoortwet (text of 2014)", "Hague Child Abduction Convention, art. 12
/// (text of 25-10-1980)": an article and "(… text of <date with a year>".
fn is_dated_statute(source: &str) -> bool {
    let lower = source.to_lowercase();
    let has_article = lower.contains("art.");
    let has_date = lower.find("text of ").is_some_and(|at| {
        let after = &lower[at + "text of ".len()..];
        let digits: String = after
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '-')
            .collect();
        digits
            .split('-')
            .any(|part| part.len() == 4 && part.chars().all(|c| c.is_ascii_digit()))
    });
    has_article && has_date
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_addresses_and_dated_statutes_are_sources() {
        for good in [
            "https://www.politie.nl/informatie/aangifte-doen-bij-internationale-kinderontvoering.html",
            "https://www.hcch.net/en/news-archive/details/?varevent=883",
            "https://lawandmore.nl/?p=22083",
            "Art. 34 Paspoortwet (text of 2014)",
            "Hague Child Abduction Convention, art. 12 (text of 25-10-1980)",
            "Regulation (EU) 2019/1111, art. 24 (text of 25-6-2019)",
        ] {
            assert!(is_full_source(good), "{good}");
        }
    }

    #[test]
    fn domains_notes_and_undated_statutes_are_not() {
        for bad in [
            "politie.nl",
            "https://politie.nl",
            "https://politie.nl/",
            "http://www.politie.nl/informatie/x.html",
            "travel.state.gov",
            "Martiny 2021",
            "docslib CA guide (older)",
            "https://kinderontvoering.org/en/mediation-bureau/…",
            "art. 34 Ppw",
            "[LAW 2015]",
            "hague_states.csv",
            "",
        ] {
            assert!(!is_full_source(bad), "{bad:?}");
        }
    }
}
