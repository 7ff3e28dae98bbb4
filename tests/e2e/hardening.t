# Hardening (issue 15): -o replaces only a regular file, never the registry, a folder, a FIFO
# or a device; each refusal leaves what was there as it was.
$ pymes -q init

$ pymes digest -o ~/.local/share/pymes/registry.db
! pymes: error: $WORK/home/.local/share/pymes/registry.db is the registry; it was left as it was
! pymes: hint: name another file with -o
? 73

$ ln -s ~/.local/share/pymes/registry.db link.db && pymes digest -o link.db; echo "exit $?"; pymes -q db check && ls -l link.db | cut -c1
exit 73
l
! pymes: error: link.db is the registry; it was left as it was
! pymes: hint: name another file with -o

$ mkdir folder && pymes digest -o folder
! pymes: error: folder is not a regular file (a folder, a device or a pipe); it was left as it was
! pymes: hint: name a file with -o, or leave -o out to write to standard output
? 73

$ mkfifo pipe && pymes digest -o pipe; test -p pipe && echo still a pipe
still a pipe
! pymes: error: pipe is not a regular file (a folder, a device or a pipe); it was left as it was
! pymes: hint: name a file with -o, or leave -o out to write to standard output

$ pymes digest -o /dev/null; test -c /dev/null && echo still a device
still a device
! pymes: error: /dev/null is not a regular file (a folder, a device or a pipe); it was left as it was
! pymes: hint: name a file with -o, or leave -o out to write to standard output

# A regular file is replaced and keeps its mode; no temporary is left beside it.
$ echo old > digest.txt && chmod 640 digest.txt && pymes digest -o digest.txt && stat -c %a digest.txt && head -c 3 digest.txt | wc -c && ls -a | grep '^\.digest' | wc -l
640
3
0
