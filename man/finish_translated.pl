#!/usr/bin/perl
# Finishes the pages po4a translated (FROM/LANG/PAGE.in -> TO/LANG/PAGE): fills in the version as
# configure_file does for the English pages, and starts each sentence on a new line, as the
# English sources do (mdoc's rule, which `mandoc -Tlint` checks): po4a re-wraps a translated
# paragraph, keeping the two spaces after a sentence's end, so a sentence ends where those are.
# Literal displays are left as they are.  Perl runs po4a, so it is there whenever po4a is.
#
#   finish_translated.pl VERSION FROM TO LANG/PAGE...
use strict;
use warnings;
use File::Path qw(make_path);
use File::Basename qw(dirname);

my ($version, $from, $to, @pages) = @ARGV;
for my $page (@pages) {
    open(my $in, '<:raw', "$from/$page.in") or die "$from/$page.in: $!\n";
    my ($text, $literal) = ('', 0);
    while (my $line = <$in>) {
        $line =~ s/\@PROJECT_VERSION\@/$version/g;
        if ($line =~ /^\.Bd\b.*-literal/) {
            $literal = 1;
        } elsif ($line =~ /^\.Ed\b/) {
            $literal = 0;
        } elsif (!$literal && $line !~ /^[.']/) {
            $line =~ s/([.?!][)"]*)  +(?=[^\s.'])/$1\n/g;
        }
        $text .= $line;
    }
    close($in);
    make_path(dirname("$to/$page"));
    open(my $out, '>:raw', "$to/$page") or die "$to/$page: $!\n";
    print $out $text;
    close($out) or die "$to/$page: $!\n";
}
