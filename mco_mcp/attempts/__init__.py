"""Parallel attempts: each writing agent works in its own git worktree, comes back as a patch, and one
patch is applied to the caller's work tree on request (issue 17). See docs/attempts.md."""
