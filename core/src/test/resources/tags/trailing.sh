# tag::ws[]
trailing spaces   
	tabbed	
# end::ws[]
