module github.com/iprborder/iprborder/bench

go 1.21

require (
	github.com/6tail/lunar-go v1.4.7
	github.com/google/uuid v1.6.0
	github.com/iprborder/iprborder v0.0.0
	github.com/qmuntal/stateless v1.7.2
	github.com/rickar/cal/v2 v2.1.13
	github.com/shopspring/decimal v1.6.0
)

replace github.com/iprborder/iprborder => ../
