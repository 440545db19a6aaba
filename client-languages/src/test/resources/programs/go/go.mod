module activations.io/clientprogram

go 1.19

require activations.io/client/go v0.0.0

// the generated client, in the folder beside this program's
replace activations.io/client/go => ../client
