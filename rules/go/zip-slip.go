package archive

import (
	"archive/tar"
	"fmt"
	"archive/zip"
	"io"
	"os"
	"path/filepath"
	"strings"
)

func Unzip(src, dest string) error {
	r, err := zip.OpenReader(src)
	if err != nil {
		return err
	}
	defer r.Close()
	for _, f := range r.File {
		// ruleid: go.archive.zip-slip
		target := filepath.Join(dest, f.Name)
		if err := write(f, target); err != nil {
			return err
		}
	}
	return nil
}

func Untar(r io.Reader, dest string) error {
	tr := tar.NewReader(r)
	for {
		hdr, err := tr.Next()
		if err != nil {
			return err
		}
		// ruleid: go.archive.zip-slip
		out, err := os.Create(filepath.Join(dest, hdr.Name))
		if err != nil {
			return err
		}
		io.Copy(out, tr)
		out.Close()
	}
}

func extractChecked(r *zip.Reader, dest string) error {
	for _, f := range r.File {
		// ok: go.archive.zip-slip
		target := filepath.Join(dest, f.Name)
		if !strings.HasPrefix(target, filepath.Clean(dest)+string(os.PathSeparator)) {
			return fmt.Errorf("illegal path %q", f.Name)
		}
		write(f, target)
	}
	return nil
}

func extractLocal(r *zip.Reader, dest string) {
	for _, f := range r.File {
		if !filepath.IsLocal(f.Name) {
			continue
		}
		// ok: go.archive.zip-slip
		write(f, filepath.Join(dest, f.Name))
	}
}
