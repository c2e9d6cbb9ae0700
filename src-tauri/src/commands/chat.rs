//! Chat exports in the vault: the transcript view, marks, the date-order answer and the
//! transcript PDF (issue 18). Each command is one call into `waarborg_app::chat`.

use tauri::State;
use waarborg_app::App;
use waarborg_app::chat::ChatView;
use waarborg_chat::DateOrder;
use waarborg_contract::{ApiError, SavedDocument};

#[tauri::command(async)]
pub fn vault_chat(app: State<'_, App>, id: String) -> Result<ChatView, ApiError> {
    app.chat(&id)
}

#[tauri::command(async)]
pub fn vault_chat_marks(
    app: State<'_, App>,
    id: String,
    marked: Vec<u32>,
) -> Result<Vec<u32>, ApiError> {
    app.chat_marks(&id, &marked)
}

#[tauri::command(async)]
pub fn vault_chat_date_order(
    app: State<'_, App>,
    id: String,
    order: DateOrder,
) -> Result<ChatView, ApiError> {
    app.chat_date_order(&id, order)
}

#[tauri::command(async)]
pub fn vault_chat_transcript(
    app: State<'_, App>,
    id: String,
    today: String,
    marked_only: bool,
    context: u32,
) -> Result<SavedDocument, ApiError> {
    app.chat_transcript(&id, &today, marked_only, context)
}
