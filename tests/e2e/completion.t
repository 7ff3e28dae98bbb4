# Shell completion, generated from the command tree: tested by sourcing it in bash and asking.
# An option's values are the ones its own check accepts (the export's xlsx and iati, the digest's
# email, a notice's formats), never a list kept beside it.
$ pymes -q init && pymes -q accede CAF --date 2001-05-14 --name "Corporación Andina de Fomento" > /dev/null

$ pymes completion bash > c.bash && touch instituciones.csv && bash -c 'source ./c.bash; t() { COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _pymes; echo "${COMPREPLY[*]}"; }
> t pymes ins
> t pymes institution ""
> t pymes activity list --area cap
> t pymes activity add --status ""
> t pymes meeting edit 1 --status ""
> t pymes project list --status a
> t pymes activity add --institution C
> t pymes digest --format ""
> t pymes activity export --format ""
> t pymes membership notice 1 --format ""
> t pymes --color ""
> t pymes institution show B
> t pymes activity list --hi
> t pymes -R other.db institution show A
> t pymes institution import insti'
institution
add list show import template export edit withdraw rename remove
capacitación
planned ongoing done cancelled
scheduled held cancelled
approved active
CLAMPI CAF
text markdown html json email
csv json xlsx iati
text markdown html email
auto always never
BOLIVAR
--highlight

instituciones.csv

$ pymes completion zsh | head -3
#compdef pymes
# zsh completion for pymes, through zsh's bash completion layer.
autoload -U +X bashcompinit && bashcompinit

$ pymes completion fish | grep -c '^complete -c pymes'
348

$ pymes completion tcsh
! pymes: error: SHELL: tcsh not in {bash,zsh,fish}
! pymes: hint: see `pymes completion --help`
? 64
