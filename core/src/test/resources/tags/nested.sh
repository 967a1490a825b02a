#!/usr/bin/env bash
set -euo pipefail
# tag::outer[]
echo "outer start"
  # tag::inner[]
  echo "inner, indented two spaces"
    echo "deeper indent kept"
  # end::inner[]
echo "outer end"
# end::outer[]
# tag::second[]
printf '%s\n' "second region"
# end::second[]
echo "untagged tail"
