//! Writing a finished PDF to disk without ever leaving a half-written file.

use std::path::Path;

use crate::error::WriteError;

/// Writes `bytes` to `path` atomically (see [`waarborg_fs`]): on failure an existing
/// `path` is left untouched and no temporary file remains.
pub fn write_pdf_atomically(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    waarborg_fs::write_atomic(path, bytes).map_err(|e| WriteError::Io {
        path: path.to_owned(),
        source: e.source,
    })
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;

    #[test]
    fn writes_replaces_and_leaves_no_temp_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("form.pdf");
        write_pdf_atomically(&path, b"first").unwrap();
        write_pdf_atomically(&path, b"second").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"second");
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
    }

    #[test]
    fn a_missing_directory_is_an_error_with_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("no/such/dir/form.pdf");
        let err = write_pdf_atomically(&path, b"x").unwrap_err();
        assert_eq!(err.code(), "documents-write");
        assert!(err.to_string().contains("form.pdf"));
    }
}
