# A key used twice in one file is refused, naming both lines (issue 14, SPEC §4): the file never
# silently keeps the last row.
$ pymes -q init

$ printf 'code,name\nxx,Uno\nXX,Dos\n' | pymes institution import -
! -:3: code: XX is also on line 2: a key may appear once in a file
! pymes: error: 1 problem in -; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

$ printf 'ref,institution,area,title\nA-1,SELA,info,Uno\nA-1,SELA,info,Dos\n' | pymes activity import -
! -:3: ref: 'A-1' is also the ref on line 2: a key may appear once in a file
! pymes: error: 1 problem in -; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

$ printf 'id,institution,area,title\n7,SELA,info,Uno\n7,SELA,info,Dos\n' | pymes activity import -
! -:3: id: 7 is also on line 2: a key may appear once in a file
! pymes: error: 1 problem in -; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

# The same ref on two ids, whether the ids are new or already in the registry.
$ printf 'id,ref,title,area,lead\n7,P-1,Uno,info,SELA\n8,P-1,Dos,info,SELA\n' | pymes project import -
! -:3: ref: 'P-1' is also the ref on line 2: a key may appear once in a file
! pymes: error: 1 problem in -; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

$ printf 'title,area,lead\nUno,info,SELA\n' | pymes -q project import - && printf 'id,ref,title,area,lead\n1,P-1,Uno,info,SELA\n9,P-1,Dos,info,SELA\n' | pymes project import -
! -:3: ref: 'P-1' is also the ref on line 2: a key may appear once in a file
! pymes: error: 1 problem in -; nothing was written
! pymes: hint: fix the lines named above and import the file again
? 65

# Nothing was written by any of them.
$ pymes -f csv activity list | wc -l; pymes -f csv project list | wc -l
1
2
