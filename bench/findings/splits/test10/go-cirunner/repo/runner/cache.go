package runner

import (
	"archive/tar"
	"compress/gzip"
	"crypto/sha1"
	"encoding/hex"
	"io"
	"net/http"
	"os"
	"path/filepath"
)

func (a *Agent) cachePath(job *Job) string {
	sum := sha1.Sum([]byte(job.Repo))
	return filepath.Join(a.WorkRoot, "cache", hex.EncodeToString(sum[:4])+".tar.gz")
}

func restoreCache(dir, archive string) error {
	src, err := os.Open(archive)
	if err != nil {
		return err
	}
	defer src.Close()
	gz, err := gzip.NewReader(src)
	if err != nil {
		return err
	}
	tr := tar.NewReader(gz)
	for {
		hdr, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		target := filepath.Join(dir, hdr.Name)
		f, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, os.FileMode(hdr.Mode))
		if err != nil {
			return err
		}
		if _, err := io.Copy(f, tr); err != nil {
			return err
		}
		f.Close()
	}
}

func (a *Agent) uploadArtifacts(job *Job, dir string) error {
	for _, pattern := range job.Artifacts {
		matches, _ := filepath.Glob(filepath.Join(dir, pattern))
		for _, m := range matches {
			f, err := os.Open(m)
			if err != nil {
				return err
			}
			req, _ := http.NewRequest("PUT", a.Server+"/api/jobs/"+job.ID+"/artifacts/"+filepath.Base(m), f)
			resp, err := a.client.Do(req)
			if err != nil {
				return err
			}
			resp.Body.Close()
		}
	}
	return nil
}
