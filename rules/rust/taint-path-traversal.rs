use axum::extract::{Path, Query};
use std::collections::HashMap;

async fn download(Path(filename): Path<String>) -> String {
    let full = format!("./uploads/{}", filename);
    // ruleid: rust.web.path-traversal
    std::fs::read_to_string(full).unwrap()
}

async fn by_query(Query(params): Query<HashMap<String, String>>) -> Vec<u8> {
    let name = params.get("file").cloned().unwrap_or_default();
    let path = std::path::Path::new("data").join(&name);
    // ruleid: rust.web.path-traversal
    tokio::fs::read(path).await.unwrap()
}

async fn actix_delete(path: web::Path<String>) -> HttpResponse {
    let name = path.into_inner();
    // ruleid: rust.web.path-traversal
    std::fs::remove_file(format!("/srv/files/{}", name)).ok();
    HttpResponse::Ok().finish()
}

async fn safe_download(Path(filename): Path<String>) -> String {
    let name = std::path::Path::new(&filename).file_name().unwrap().to_string_lossy().to_string();
    // ok: rust.web.path-traversal
    std::fs::read_to_string(format!("./uploads/{}", name)).unwrap()
}

async fn by_id(Path(id): Path<String>) -> String {
    let n = id.parse::<u64>().unwrap();
    // ok: rust.web.path-traversal
    std::fs::read_to_string(format!("./reports/{}.txt", n)).unwrap()
}

async fn inline_args(Path(filename): Path<String>) -> String {
    // Names captured inside the format string are not seen as arguments yet.
    // todoruleid: rust.web.path-traversal
    std::fs::read_to_string(format!("./uploads/{filename}")).unwrap()
}

fn config() -> String {
    // ok: rust.web.path-traversal
    std::fs::read_to_string("config.toml").unwrap()
}
