line one
# tag::crlf[]
windows line
  indented windows line
# end::crlf[]
last
