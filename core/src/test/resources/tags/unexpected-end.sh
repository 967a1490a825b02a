echo head
# end::ghost[]
# tag::real[]
echo real
# end::real[]
