# language: pt
# The interface in Brazilian Portuguese (SPEC §11), from po/pt.po: help, messages and hints,
# tables; Portuguese words are accepted for areas and statuses.
$ pymes --help | head -2
pymes mantém o registro do Acordo-Quadro de Cooperação Interinstitucional (Arequipa, 1996): suas partes, suas atividades, as reuniões de coordenação e os projetos conjuntos.
Uso: pymes [OPÇÕES] [SUBCOMANDO]

$ pymes project add --help | sed -n 1,2p
Registrar um projeto (mostra-o, com seu novo id)
Uso: pymes project add [OPÇÕES]

$ pymes -q init && pymes -q activity add --institution SELA --area capacitação --title "Oficina de exportação" --start 2026-03-02 --status planejada > /dev/null && pymes -q activity add --institution ALIDE --area "políticas públicas" --title "Seminário" --status "em andamento" > /dev/null && pymes -q meeting add --date 2026-11-20 --place Lima --country PE --title "Reunião de coordenação" --host SELA --status realizada > /dev/null && pymes -q project add --title "Rede de centros" --area "transferência tecnológica" --lead SELA --status aprovado > /dev/null

# A atividade planejada, a reunião realizada, o projeto aprovado.
$ pymes activity list
id  instituição  área                título                 estado        início      destaque  etiquetas  registrada
 1  SELA         capacitação         Oficina de exportação  planejada     2026-03-02  não                  2026-11-25
 2  ALIDE        políticas públicas  Seminário              em andamento              não                  2026-11-25

$ pymes meeting list
id  título                  data        local  país  anfitrião  participantes  estado
 1  Reunião de coordenação  2026-11-20  Lima   PE    SELA                      realizada

$ pymes project list
id  título           área                       líder  parceiros  estado
 1  Rede de centros  transferência tecnológica  SELA              aprovado

$ pymes -f csv activity list
id,ref,institution,area,title,description,status,start_on,end_on,highlight,url,tags,recorded_on
1,,SELA,training,Oficina de exportação,,planned,2026-03-02,,false,,,2026-11-25
2,,ALIDE,public-policy,Seminário,,ongoing,,,false,,,2026-11-25

$ pymes membership list SELA
id  instituição  tipo       data        local
 7  SELA         fundadora  1996-12-10  Arequipa

$ pymes activity add --institution SELA --area treino --title X
! pymes: error: --area: 'treino' não é uma área (use information (informação), management (administração e gestão), training (capacitação), technology-transfer (transferência tecnológica), public-policy (políticas públicas))
! pymes: hint: veja `pymes activity add --help`
? 64

$ pymes meeting show 7
! pymes: error: não existe a reunião 7
! pymes: hint: `pymes meeting list` mostra todos os ids
? 1

$ pymes project edit 1
! pymes: error: não há nada para alterar
! pymes: hint: informe pelo menos um campo, ou --add-partner/--remove-partner
? 64

$ pymes institution withdraw SELA --date 2030-01-01
! pymes: error: SELA: 2030-01-01 está no futuro
! pymes: hint: registre uma adesão ou uma retirada depois que ela entrar em vigor
? 65

$ pymes db check
! pymes: signatários fundadores: 11; assinaturas fundadoras: 11
! pymes: o registro está íntegro

$ pymes digest --week 2026-W47 | head -8
Acordo-Quadro de Cooperação Pymes: resumo semanal
=================================================
Semana 2026-W47: de 16 a 22 de novembro de 2026. Situação em 25 de
novembro de 2026.

Reuniões do período
-------------------
- 20 de novembro de 2026: Reunião de coordenação, Lima (PE); anfitrião

# Sim e não, como a planilha em português os oferece, são lidos como verdadeiro e falso.
$ printf 'institution,area,title,highlight\nSELA,capacitação,Com destaque,sim\nSELA,capacitação,Sem destaque,Não\n' | pymes -q activity import - && pymes -f csv --columns title,highlight activity list --search destaque
title,highlight
Com destaque,true
Sem destaque,false
