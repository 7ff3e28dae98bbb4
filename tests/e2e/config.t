# Configuration: where settings come from, and what a broken file gets.
$ pymes --no-config -R r.db config show
key                         value   source
registry                    r.db    --registry
user                        tester  $USER
language                    en      $LANGUAGE
format                      table   default
color                       auto    default
timezone                    UTC     $TZ
busy_timeout_ms             5000    default
auto_migrate                true    default
digest.upcoming_weeks       4       default
digest.format               text    default
digest.title                        default
digest.max_items            25      default
csv.delimiter               ,       default
csv.encoding                utf-8   default
mail.from                           default
mail.to                             default
mail.reply_to                       default
publish.title                       default
publish.license                     default
publish.homepage                    default
publish.iati_reporting_org          default
publish.iati_org_type               default
publish.data_language       es      default


# The language and the time zone in effect, and where each came from: the locale, the system.
$ env -u LANGUAGE LANG=pt_BR.UTF-8 TZ=America/Lima pymes --no-config -f csv config show | grep -E '^(language|timezone),'; env -u LANGUAGE -u LANG -u TZ pymes --no-config -f csv config show | grep -E '^(language|timezone),' | sed 's/,[^,]*,\/etc\/localtime$/,ZONE,\/etc\/localtime/'; printf 'language = "es"\ntimezone = "America/La_Paz"\n' > lp.toml && pymes -c lp.toml -f csv config show | grep -E '^(language|timezone),'; pymes -c lp.toml --language pt -f csv config show | grep -E '^language,'
language,pt,$LANG
timezone,America/Lima,$TZ
language,es,default
timezone,ZONE,/etc/localtime
language,es,lp.toml:1
timezone,America/La_Paz,lp.toml:2
language,pt,--language

$ pymes config path
$WORK/home/.config/pymes/config.toml
! pymes: (that file does not exist; `pymes config init` writes it)

$ mkdir -p home/.config/pymes && printf 'user = "coordinacion"\nlangauge = "en"\n[digest]\nmax_items = 10\n' > home/.config/pymes/config.toml && pymes -f csv config show
key,value,source
registry,$WORK/home/.local/share/pymes/registry.db,default
user,coordinacion,$WORK/home/.config/pymes/config.toml:1
language,en,$LANGUAGE
format,table,default
color,auto,default
timezone,UTC,$TZ
busy_timeout_ms,5000,default
auto_migrate,true,default
digest.upcoming_weeks,4,default
digest.format,text,default
digest.title,,default
digest.max_items,10,$WORK/home/.config/pymes/config.toml:4
csv.delimiter,",",default
csv.encoding,utf-8,default
mail.from,,default
mail.to,,default
mail.reply_to,,default
publish.title,,default
publish.license,,default
publish.homepage,,default
publish.iati_reporting_org,,default
publish.iati_org_type,,default
publish.data_language,es,default
! pymes: warning: $WORK/home/.config/pymes/config.toml:2:1: unknown key 'langauge' is ignored (did you mean 'language'?)

$ pymes config path
$WORK/home/.config/pymes/config.toml
! pymes: warning: $WORK/home/.config/pymes/config.toml:2:1: unknown key 'langauge' is ignored (did you mean 'language'?)

$ pymes config init
! pymes: error: a config file already exists at $WORK/home/.config/pymes/config.toml
! pymes: hint: edit it, or remove it first to start again from the defaults
? 73

$ printf 'busy_timeout_ms = "mucho"\n' > bad.toml; pymes -c bad.toml config show
! pymes: error: bad.toml:1:19: 'busy_timeout_ms' must be a whole number
! pymes: hint: fix the file, or see `pymes config init` for every key
? 78

$ printf '[digest\nmax_items = 1\n' > broken.toml; pymes -c broken.toml institution list
! pymes: error: broken.toml:1:8: not valid TOML: Error while parsing table header: expected ']', saw '\n'
! pymes: hint: the config file is TOML; `pymes config init` writes a valid example
? 78

$ pymes -c nowhere.toml config show
! pymes: error: cannot read the config file nowhere.toml
! pymes: hint: check the path given with --config or $PYMES_CONFIG
? 66

$ PYMES_CONFIG=nowhere.toml pymes config show
! pymes: error: cannot read the config file nowhere.toml
! pymes: hint: check the path given with --config or $PYMES_CONFIG
? 66

$ printf 'registry = "data/registro.db"\n' > project.toml; pymes -q -c project.toml init && ls data
registro.db

$ PYMES_REGISTRY=env.db pymes -q init && PYMES_REGISTRY=env.db pymes -R flag.db -f csv config show | grep ^registry
registry,flag.db,--registry
! pymes: warning: $WORK/home/.config/pymes/config.toml:2:1: unknown key 'langauge' is ignored (did you mean 'language'?)
! pymes: warning: $WORK/home/.config/pymes/config.toml:2:1: unknown key 'langauge' is ignored (did you mean 'language'?)

$ pymes -c project.toml --no-config -f csv config show | grep -E '^(registry|user),'
registry,$WORK/home/.local/share/pymes/registry.db,default
user,tester,$USER

$ rm home/.config/pymes/config.toml && pymes config init && pymes -f csv config show | grep -c ',default$'
$WORK/home/.config/pymes/config.toml
20

$ pymes config init
! pymes: error: a config file already exists at $WORK/home/.config/pymes/config.toml
! pymes: hint: edit it, or remove it first to start again from the defaults
? 73


# A config named explicitly that is a folder is an input that cannot be read (66, SPEC §6, §7),
# with --config as with $PYMES_CONFIG; the same folder at the default place is bad
# configuration (78).
$ mkdir -p settings && pymes -c settings institution list
! pymes: error: the config file settings is not a regular file (a folder, a device or a pipe)
! pymes: hint: name a TOML file with --config or $PYMES_CONFIG; `pymes config init` writes one
? 66

$ PYMES_CONFIG=settings pymes institution list
! pymes: error: the config file settings is not a regular file (a folder, a device or a pipe)
! pymes: hint: name a TOML file with --config or $PYMES_CONFIG; `pymes config init` writes one
? 66

$ rm -rf home/.config/pymes && mkdir -p home/.config/pymes/config.toml && pymes institution list
! pymes: error: the config file $WORK/home/.config/pymes/config.toml is not a regular file (a folder, a device or a pipe)
! pymes: hint: name a TOML file with --config or $PYMES_CONFIG; `pymes config init` writes one
? 78
