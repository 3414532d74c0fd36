module github.com/iprborder/iprborder

go 1.21

require (
	github.com/google/uuid v1.6.0
	github.com/leanovate/gopter v0.2.11
	github.com/shopspring/decimal v1.6.0
	github.com/stretchr/testify v1.12.1
	golang.org/x/text v0.22.0
)

require go.yaml.in/yaml/v3 v3.0.5 // indirect
