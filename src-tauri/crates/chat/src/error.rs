use waarborg_contract::ErrorCode;

waarborg_contract::coded_errors!(ChatError);

/// Why a chat export could not be read as a transcript. None of these stops the
/// original file from being imported: the export is evidence either way.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChatError {
    /// No line has the shape of a chat message.
    #[error("not a chat export: no line has the shape of a message")]
    NotAChat,
    /// A line starts like a message but its date or time cannot be read.
    #[error("unknown date format on line {line}")]
    UnknownDateFormat { line: usize },
    /// Every day in the chat is 12 or less: 03/04/26 may be 3 April or 4 March. The
    /// parent is asked once; the answer goes in `ParseOptions::date_order`.
    #[error("the date order is ambiguous (e.g. {example}); ask which it is")]
    DateOrderNeeded { example: String },
    /// The chat text is larger than the parser holds.
    #[error("the chat text is larger than {limit} bytes")]
    TooLarge { limit: u64 },
    /// The zip cannot be read (truncated, damaged, encrypted, too many entries).
    #[error("the zip cannot be read: {reason}")]
    DamagedZip { reason: String },
    /// The zip holds no chat text (`_chat.txt` or `WhatsApp … .txt`).
    #[error("the zip holds no chat text")]
    NoChatInZip,
    /// The JSON is not a Telegram Desktop chat export.
    #[error("not a Telegram chat export: {reason}")]
    InvalidTelegram { reason: String },
    /// Reading the export failed.
    #[error("the export cannot be read: {0}")]
    Io(String),
    /// A media file the export names is not where it should be.
    #[error("the export names {path}, but it is not in the export folder")]
    MediaMissing { path: String },
    /// The folder of the media the export names is not next to it.
    #[error("the export names files in {folder}, but there is no such folder next to it")]
    MediaFolderMissing { folder: String },
    /// A media path that is absolute or climbs out of the export folder.
    #[error("the export names a media file outside its folder: {path}")]
    UnsafeMediaPath { path: String },
}

impl ChatError {
    pub fn error_code(&self) -> ErrorCode {
        match self {
            Self::NotAChat => ErrorCode::ChatNotAChat,
            Self::UnknownDateFormat { .. } => ErrorCode::ChatUnknownDateFormat,
            Self::DateOrderNeeded { .. } => ErrorCode::ChatDateOrderNeeded,
            Self::TooLarge { .. } => ErrorCode::ChatTooLarge,
            Self::DamagedZip { .. } => ErrorCode::ChatDamagedZip,
            Self::NoChatInZip => ErrorCode::ChatNoChatInZip,
            Self::InvalidTelegram { .. } => ErrorCode::ChatInvalidTelegram,
            Self::Io(_) => ErrorCode::ChatIo,
            Self::MediaMissing { .. } => ErrorCode::ChatMediaMissing,
            Self::MediaFolderMissing { .. } => ErrorCode::ChatMediaFolderMissing,
            Self::UnsafeMediaPath { .. } => ErrorCode::ChatUnsafeMediaPath,
        }
    }
}
