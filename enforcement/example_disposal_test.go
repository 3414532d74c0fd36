package enforcement_test

import (
	"errors"
	"fmt"

	"github.com/iprborder/iprborder/enforcement"
)

func ExampleRoute() {
	for r := enforcement.PublicWelfare; r <= enforcement.Destruction; r++ {
		fmt.Println(int(r), r)
	}
	// Output:
	// 1 public-welfare
	// 2 sale-to-holder
	// 3 auction
	// 4 destruction
}

func ExampleRoute_IsValid() {
	fmt.Println(enforcement.Auction.IsValid(), enforcement.RouteUnknown.IsValid())
	// Output: true false
}

func ExampleRoute_String() {
	fmt.Println(enforcement.SaleToHolder, enforcement.Route(9))
	// Output: sale-to-holder %!Route(9)
}

func ExampleRoute_AppendText() {
	b, err := enforcement.Destruction.AppendText([]byte("route="))
	fmt.Println(string(b), err)
	// Output: route=destruction <nil>
}

func ExampleRoute_MarshalText() {
	b, err := enforcement.PublicWelfare.MarshalText()
	fmt.Println(string(b), err)
	// Output: public-welfare <nil>
}

func ExampleRoute_UnmarshalText() {
	var r enforcement.Route
	fmt.Println(r.UnmarshalText([]byte("Auction")), r)
	fmt.Println(errors.Is(r.UnmarshalText([]byte("burn")), enforcement.ErrUnknownCode), r)
	// Output:
	// <nil> auction
	// true auction
}
