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

# Nor the files SQLite keeps beside the registry (issue 28): its -wal and -shm (there while a
# connection is open, and named even when they are not) and a rollback -journal.
$ R=~/.local/share/pymes/registry.db; for f in $R-wal ./.local/../home/.local/share/pymes/registry.db-shm $R-journal; do pymes digest -o $f; echo "exit $?"; done 2>&1 | sed "s|$HOME|~|"; ls ~/.local/share/pymes
pymes: error: ~/.local/share/pymes/registry.db-wal is a file of the registry (its journal); it was left as it was
pymes: hint: name another file with -o
exit 73
pymes: error: ./.local/../home/.local/share/pymes/registry.db-shm is a file of the registry (its journal); it was left as it was
pymes: hint: name another file with -o
exit 73
pymes: error: ~/.local/share/pymes/registry.db-journal is a file of the registry (its journal); it was left as it was
pymes: hint: name another file with -o
exit 73
registry.db

$ python3 -c 'import os, sqlite3, subprocess, sys; r = os.path.expanduser("~/.local/share/pymes/registry.db"); c = sqlite3.connect(r); c.execute("SELECT count(*) FROM agreement").fetchall(); print(os.path.exists(r + "-wal"), flush=True); sys.exit(subprocess.run(["pymes", "activity", "export", "-o", r + "-wal"]).returncode)' 2>&1 | sed "s|$HOME|~|"; pymes -q db check && echo sound
True
pymes: error: ~/.local/share/pymes/registry.db-wal is a file of the registry (its journal); it was left as it was
pymes: hint: name another file with -o
sound

# A registry that is not a regular file is refused before it is opened (a FIFO would make
# every command wait forever for a writer): 66.
$ mkfifo fifo.db && pymes -R fifo.db institution list
! pymes: error: fifo.db is not a regular file (a pipe, a device or a socket), not a registry
! pymes: hint: name the registry file with --registry
? 66

$ pymes -R fifo.db db check
! pymes: error: fifo.db is not a regular file (a pipe, a device or a socket), not a registry
! pymes: hint: name the registry file with --registry
? 66

$ pymes -R /dev/zero activity add --institution SELA --area info --title x
! pymes: error: /dev/zero is not a regular file (a pipe, a device or a socket), not a registry
! pymes: hint: name the registry file with --registry
? 66

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

# Config (SPEC §6): at most 1 MiB, a regular file (named with -c and not one: 66, as every
# named input that cannot be read); an unknown time zone or language is bad
# configuration (78) named with FILE:LINE as soon as the file loads. An empty -R or -c is a
# usage error, never the default registry.
$ pymes -c /dev/zero institution list
! pymes: error: the config file /dev/zero is not a regular file (a folder, a device or a pipe)
! pymes: hint: name a TOML file with --config or $PYMES_CONFIG; `pymes config init` writes one
? 66

$ mkdir -p conf.d && pymes -c conf.d institution list
! pymes: error: the config file conf.d is not a regular file (a folder, a device or a pipe)
! pymes: hint: name a TOML file with --config or $PYMES_CONFIG; `pymes config init` writes one
? 66

$ head -c 1048577 /dev/zero | tr '\0' '#' > big.toml && pymes -c big.toml institution list
! pymes: error: the config file big.toml is larger than 1 MiB
! pymes: hint: a pymes config is a few lines of TOML; `pymes config init` writes one
? 78

$ head -c 1048576 /dev/zero | tr '\0' '#' > big.toml && pymes -q -c big.toml institution list | wc -l
12

$ printf 'user = "ana"\ntimezone = "America/Arequipa"\n' > zone.toml && pymes -c zone.toml config show
! pymes: error: zone.toml:2:12: 'timezone' must be a time zone this system knows, such as "America/Lima" ('America/Arequipa' is not one)
! pymes: hint: fix the file, or see `pymes config init` for every key
? 78

$ printf 'language = "fr"\n' > language.toml && pymes -c language.toml institution list
! pymes: error: language.toml:1:12: 'language' must be one of es, en, pt
! pymes: hint: fix the file, or see `pymes config init` for every key
? 78

$ pymes -R '' institution list
! pymes: error: --registry: an empty path names no file
! pymes: hint: see `pymes institution list --help`
? 64

$ pymes -c '' institution list
! pymes: error: --config: an empty path names no file
! pymes: hint: see `pymes institution list --help`
? 64

# Messages (SPEC §7): a count out of range names the range in words; a folder given as the
# CSV to import is 66; a record written before its output failed is named, so that a script
# does not add it again. (/dev/full stands for a closed stdout: with stdout closed, the
# faketime run's preloaded library takes descriptor 1 for itself.)
$ pymes activity list --limit 0
! pymes: error: --limit must be 1 or more
! pymes: hint: see `pymes activity list --help`
? 64

$ pymes log --limit -5
! pymes: error: --limit must be 1 or more
! pymes: hint: see `pymes log --help`
? 64

$ pymes search taller --limit 2.5
! pymes: error: --limit must be a whole number, 1 or more ('2.5' is not one)
! pymes: hint: see `pymes search --help`
? 64

$ pymes meeting list --limit 99999999999
! pymes: error: --limit must be at most 2147483647
! pymes: hint: see `pymes meeting list --help`
? 64

$ mkdir -p carpeta && pymes activity import carpeta
! pymes: error: carpeta is a folder, not a CSV file
! pymes: hint: name the CSV file to import
? 66

$ pymes activity add --institution SELA --area training --title "Taller" >/dev/full
! pymes: error: cannot write the output; activity 1 was written
! pymes: hint: do not run the command again; `pymes log` shows what it wrote
? 74

$ pymes institution add RED-1 --name "Red de centros" >/dev/full
! pymes: error: cannot write the output; institution RED-1 was written
! pymes: hint: do not run the command again; `pymes log` shows what it wrote
? 74

$ pymes activity show 1 >/dev/full
! pymes: error: cannot write the output
? 74

$ pymes -f csv activity list | cut -d, -f1,5
id,title
1,Taller
