echo before # tag::inline[]
echo inside
echo after # end::inline[]
echo "tag::notadirective[]still text"
# tag::a[]b[]
echo odd name
# end::a[]b[]
# tag::spaced[] trailing words
echo spaced
# end::spaced[]
