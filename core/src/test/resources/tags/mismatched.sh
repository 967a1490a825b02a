# tag::a[]
echo a
# tag::b[]
echo b
# end::a[]
echo after a
# end::b[]
echo tail
