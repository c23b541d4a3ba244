use std::fs;
use std::io;
use std::path::Path;

pub fn unzip(archive: &mut zip::ZipArchive<fs::File>, dest: &Path) -> io::Result<()> {
    for i in 0..archive.len() {
        let mut file = archive.by_index(i)?;
        // ruleid: rust.archive.zip-slip
        let out_path = dest.join(file.name());
        let mut out = fs::File::create(&out_path)?;
        io::copy(&mut file, &mut out)?;
    }
    Ok(())
}

pub fn untar(archive: &mut tar::Archive<fs::File>, dest: &Path) -> io::Result<()> {
    for entry in archive.entries()? {
        let mut entry = entry?;
        // ruleid: rust.archive.zip-slip
        let target = dest.join(entry.path()?);
        entry.unpack(&target)?;
    }
    Ok(())
}

pub fn unzip_safe(archive: &mut zip::ZipArchive<fs::File>, dest: &Path) -> io::Result<()> {
    for i in 0..archive.len() {
        let mut file = archive.by_index(i)?;
        let Some(name) = file.enclosed_name() else { continue };
        // ok: rust.archive.zip-slip
        let out_path = dest.join(name);
        let mut out = fs::File::create(&out_path)?;
        io::copy(&mut file, &mut out)?;
    }
    Ok(())
}

pub fn config_path(base: &Path, settings: &Settings) -> std::path::PathBuf {
    // ok: rust.archive.zip-slip
    base.join(settings.name())
}
