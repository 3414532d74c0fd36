package notice_test

import (
	"errors"
	"fmt"

	"github.com/iprborder/iprborder/notice"
	"github.com/shopspring/decimal"
)

func ExampleCapitals() {
	for _, amount := range []string{"1409.50", "107000.53", "16409.02", "0.50", "0", "1000000000000"} {
		s, err := notice.Capitals(decimal.RequireFromString(amount))
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("¥%s %s\n", amount, s)
	}
	// Output:
	// ¥1409.50 人民币壹仟肆佰零玖元伍角
	// ¥107000.53 人民币壹拾万柒仟元零伍角叁分
	// ¥16409.02 人民币壹万陆仟肆佰零玖元零贰分
	// ¥0.50 人民币伍角
	// ¥0 人民币零元整
	// ¥1000000000000 人民币壹万亿元整
}

func ExampleCapitals_invalid() {
	for _, amount := range []string{"-1", "1.505", "1000000000000.01"} {
		_, err := notice.Capitals(decimal.RequireFromString(amount))
		fmt.Println(errors.Is(err, notice.ErrInvalidAmount), err)
	}
	// Output:
	// true notice: amount "-1": negative: an amount of money is at least 0
	// true notice: amount "1.505": more than 2 decimal places: an amount of money is in whole fen
	// true notice: amount "1000000000000.01": too large: at most 1000000000000
}

// A notice line built in a reused buffer: AppendCapitals allocates
// nothing when the buffer has room.
func ExampleAppendCapitals() {
	buf := make([]byte, 0, 256)
	for _, amount := range []string{"399.98", "6007.14"} {
		buf = append(buf[:0], "金额（大写）："...)
		buf, _ = notice.AppendCapitals(buf, decimal.RequireFromString(amount))
		buf = append(buf, "（¥"+amount+"）"...)
		fmt.Println(string(buf))
	}
	// Output:
	// 金额（大写）：人民币叁佰玖拾玖元玖角捌分（¥399.98）
	// 金额（大写）：人民币陆仟零柒元壹角肆分（¥6007.14）
}

// Every form the PBoC rules allow reads the same amount: with or without
// the optional 零 of their rule 3, 正 for 整, traditional characters, and
// 人民币 printed on the form rather than written.
func ExampleParseCapitals() {
	for _, s := range []string{
		"人民币壹拾万柒仟元零伍角叁分",
		"人民币壹拾万零柒仟元伍角叁分",
		"人民币壹仟陆佰捌拾元叁角贰分",
		"人民币貳萬圓正",
		"伍角整",
	} {
		amount, err := notice.ParseCapitals(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(amount.StringFixed(2), s)
	}
	// Output:
	// 107000.53 人民币壹拾万柒仟元零伍角叁分
	// 107000.53 人民币壹拾万零柒仟元伍角叁分
	// 1680.32 人民币壹仟陆佰捌拾元叁角贰分
	// 20000.00 人民币貳萬圓正
	// 0.50 伍角整
}

func ExampleAmountError() {
	for _, s := range []string{
		"人民币拾元整",         // 10 is 壹拾.
		"人民币壹万陆仟肆佰零玖元贰分", // Rule 4: 零 after 元.
		"人民币壹元伍角叁分整",     // Nothing after 分.
	} {
		_, err := notice.ParseCapitals(s)
		var ae *notice.AmountError
		if errors.As(err, &ae) {
			fmt.Printf("at byte %d (after %q): %s\n", ae.Offset, s[:ae.Offset], ae.Reason)
		}
	}
	// Output:
	// at byte 9 (after "人民币"): 拾 without a digit before it (10 is 壹拾)
	// at byte 36 (after "人民币壹万陆仟肆佰零玖元"): missing 零 after 元: the 角 digit is 0
	// at byte 27 (after "人民币壹元伍角叁分"): 整 after 分: an amount with 分 ends there
}
