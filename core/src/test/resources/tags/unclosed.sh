echo head
# tag::open[]
echo never closed
# tag::inner[]
echo inner
# end::inner[]
