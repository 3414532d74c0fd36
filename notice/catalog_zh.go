package notice

// zh is the Simplified Chinese text of every message: the authoritative
// text of every notice. Statutes are cited by their short titles,
// 《知识产权海关保护条例》 (the Regulations) and
// 《海关关于〈知识产权海关保护条例〉的实施办法》 (the Measures, cited in
// their 2009 numbering, GACC Order No. 183); each notice's legal-basis
// line gives their full titles. A placeholder %[n]s is the n-th argument,
// a value this package has formatted; %[1]d in a counted message is the
// count.
var zh = translation{
	text: map[string]string{
		// The titles, one per Kind.
		"title.payment":              "缴费通知书",
		"title.suspension":           "中止放行通知书",
		"title.detention-receipt":    "扣留凭单",
		"title.investigation-result": "调查结果通知书",
		"title.release":              "放行通知书",
		"title.confiscation":         "没收通知书",
		"title.counter-guarantee":    "反担保放行通知书",

		// The title of several notices printed as one document (RenderAll):
		// %[1]s is their case numbers.
		"set.title": "案件%[1]s通知书",

		"punct.colon": "：",
		"punct.list":  "；",
		"punct.comma": "，",

		"head.number": "文书编号",
		"head.office": "签发海关",
		"head.issued": "签发日期",
		"head.case":   "案件编号",
		"head.to":     "受文人",
		"head.copy":   "抄送",

		"closing":          "特此通知。",
		"seal":             "（海关印章）",
		"note.translation": "本通知中文文本与英文文本如有不一致，以中文文本为准。",
		"foot.contact":     "联系人",
		"foot.phone":       "联系电话",
		"foot.email":       "电子邮箱",
		"foot.basis":       "法律依据",

		"section.payer":     "缴费人",
		"section.holder":    "知识产权权利人",
		"section.consignee": "收发货人",
		"section.rights":    "涉及的知识产权",
		"section.goods":     "货物",
		"section.charges":   "费用明细",
		"section.payment":   "缴费",
		"section.reply":     "你方的答复",
		"section.remedies":  "你方的权利",
		"section.result":    "调查结果",
		"section.release":   "放行",
		"section.decision":  "没收决定",

		"party.name":       "名称",
		"party.identifier": "证件号码",
		"party.address":    "地址",

		"right.number":      "编号 %[1]s",
		"right.recordation": "海关备案号 %[1]s",
		"right.unrecorded":  "未在海关总署备案",

		"goods.description":       "货物名称",
		"goods.quantity":          "数量",
		"goods.value":             "货物价值",
		"goods.port":              "口岸",
		"goods.direction":         "进出口",
		"goods.detained":          "扣留日期",
		"goods.track":             "保护方式",
		"goods.detention":         "扣留凭单编号",
		"goods.warehouse":         "存放仓库",
		"goods.warehouse-address": "仓库地址",

		"payment.intro":                         "你方申请扣留的下列货物在扣留期间发生的仓储、保管和处置等费用，由你方承担（《知识产权海关保护条例》第二十五条）。现将应缴费用通知如下。",
		"payment.period":                        "计费期间",
		"payment.period.value":                  "%[1]s至%[2]s，共%[3]s",
		"payment.total":                         "费用合计",
		"payment.capitals":                      "合计（大写）",
		"payment.paid":                          "已直接支付仓储商",
		"payment.due":                           "应缴金额",
		"payment.due-date":                      "缴费期限",
		"payment.pay-by":                        "请于%[1]s前（含当日）将应缴金额%[2]s缴入下列账户。",
		"payment.payee":                         "收款单位",
		"payment.bank":                          "开户银行",
		"payment.account":                       "账号",
		"payment.security":                      "担保方式",
		"payment.bond":                          "担保金额",
		"payment.consequence.cash-bond":         "逾期未缴纳的，海关将依照《知识产权海关保护条例》第二十五条的规定，从你方提供的担保金%[1]s中扣除应缴金额。",
		"payment.consequence.cash-bond.partial": "逾期未缴纳的，海关将依照《知识产权海关保护条例》第二十五条的规定，从你方提供的担保金%[1]s中扣除；担保金不足支付的%[2]s，仍由你方缴纳。",
		"payment.nothing-due":                   "本通知无应缴金额，你方无需缴费。",
		"payment.consequence.guarantee":         "逾期未缴纳的，海关将依照《知识产权海关保护条例》第二十五条的规定，要求为你方出具保函的担保人履行担保责任。",
		"payment.consequence.general-bond":      "逾期未缴纳的，海关总署将依照《知识产权海关保护条例》第二十五条及海关总署公告2006年第31号的规定，要求为你方总担保出具保函的银行支付应缴金额。",
		"payment.recoverable":                   "上述货物被认定侵权的，你方支付的上述费用可以计入你方为制止侵权行为所支付的合理开支（《知识产权海关保护条例》第二十五条）。",

		"table.no":       "序号",
		"table.item":     "收费项目",
		"table.unit":     "计费单位",
		"table.quantity": "数量",
		"table.rate":     "单价（元）",
		"table.days":     "天数",
		"table.amount":   "金额（元）",
		"line.item":      "%[1]s（%[2]s）",
		// How a line's amount is computed, after its item: line.note joins
		// the item and the notes, which punct.list separates.
		"line.note":     "%[1]s：%[2]s",
		"line.bracket":  "数量不超过%[1]s的单价",
		"line.flat":     "数量不超过%[1]s的定额收费",
		"line.flat.top": "最高档的定额收费",
		"line.at-cost":  "按实际发生的费用收取",
		"line.minimum":  "不足最低收费，按最低收费%[1]s计收",
		"line.top-up":   "已计%[1]s，补足至最低收费%[2]s",
		"line.free":     "免费天数",

		// The storagecost.Kind of a line.
		"kind.storage":      "仓储费",
		"kind.custody":      "保管费",
		"kind.handling-in":  "入库装卸费",
		"kind.handling-out": "出库装卸费",
		"kind.inspection":   "查验配合费",
		"kind.insurance":    "保险费",
		"kind.disposal":     "处置费",
		"kind.minimum":      "最低收费补足",

		// The storagecost.Basis of a line: the unit its rate is per.
		"basis.m3":          "立方米",
		"basis.tonne":       "吨",
		"basis.kg":          "千克",
		"basis.m2":          "平方米",
		"basis.pallet":      "托盘",
		"basis.piece":       "件",
		"basis.consignment": "票",
		"basis.value":       "元货值",
		"basis.job":         "次",

		// The storagecost.Per of a line: per.day makes the unit of a daily
		// rate, per.once fills the days column of a one-off charge.
		"per.day":  "%[1]s/日",
		"per.once": "一次",

		"direction.import": "进口",
		"direction.export": "出口",

		"track.ex-officio":       "依职权保护",
		"track.upon-application": "依申请保护",

		"type.trademark":                "商标专用权",
		"type.copyright-natural-person": "著作权（自然人作品）",
		"type.copyright-legal-person":   "著作权（法人或者非法人组织作品）",
		"type.copyright-audiovisual":    "著作权（视听作品）",
		"type.patent-invention":         "发明专利权",
		"type.patent-utility-model":     "实用新型专利权",
		"type.patent-design":            "外观设计专利权",
		"type.olympic-symbol":           "奥林匹克标志专有权",
		"type.world-expo-symbol":        "世界博览会标志专有权",

		"security.cash-bond":    "担保金",
		"security.guarantee":    "保函",
		"security.general-bond": "总担保",

		"suspension.intro":               "海关发现下列货物涉嫌侵犯你方已在海关总署备案的知识产权，已中止放行，现通知你方（《知识产权海关保护条例》第十六条）。",
		"suspension.served":              "通知送达日期",
		"suspension.reply-by":            "答复截止日期",
		"suspension.bond":                "应提供的担保",
		"suspension.bond.general":        "由你方总担保承担",
		"suspension.apply":               "你方认为上述货物侵犯你方知识产权并要求海关予以扣留的，应当于%[1]s前（含当日）向海关提出扣留侵权嫌疑货物的书面申请，并提供金额为%[2]s的担保（《海关关于〈知识产权海关保护条例〉的实施办法》第二十二条、第二十三条）。",
		"suspension.apply.general":       "你方认为上述货物侵犯你方知识产权并要求海关予以扣留的，应当于%[1]s前（含当日）向海关提出扣留侵权嫌疑货物的书面申请；本案担保由你方的总担保承担，无需另行提供（《海关关于〈知识产权海关保护条例〉的实施办法》第二十二条、第二十四条）。",
		"suspension.cutoff":              "通过邮寄或者银行办理的，截止时间为该日24时；直接到海关办理的，截止时间为该日海关正常工作时间结束，即%[1]s（北京时间）（《海关关于〈知识产权海关保护条例〉的实施办法》第四十一条）。",
		"suspension.decline":             "你方认为上述货物未侵犯你方知识产权或者不要求海关扣留的，应当在上述期限内向海关书面说明理由（《海关关于〈知识产权海关保护条例〉的实施办法》第二十二条）。",
		"suspension.consequence":         "你方逾期未提出申请或者未提供担保的，海关将放行上述货物（《知识产权海关保护条例》第十六条）。",
		"receipt.intro.ex-officio":       "海关发现下列货物涉嫌侵犯权利人已在海关总署备案的知识产权，经权利人申请，依照《知识产权海关保护条例》第十六条的规定，于%[1]s在%[2]s予以扣留。",
		"receipt.intro.upon-application": "应下列权利人的申请，海关依照《知识产权海关保护条例》第十五条的规定，于%[1]s在%[2]s扣留了下列货物。",
		"receipt.inspect":                "经海关同意，你方可以查看有关货物（《知识产权海关保护条例》第十七条）。",
		"receipt.evidence":               "你方认为上述货物未侵犯有关知识产权的，应当向海关提出书面说明并附送相关证据；海关认为证据充分的，将放行上述货物（《知识产权海关保护条例》第十八条、第二十四条第（四）项）。",
		"receipt.patent":                 "涉嫌侵犯专利权的，你方可以向海关提供相当于货物价值的担保金，请求海关放行上述货物（《知识产权海关保护条例》第十九条）。",

		"investigation.intro":      "海关于%[1]s扣留下列货物后，依照《知识产权海关保护条例》第二十条的规定进行了调查，并于%[2]s作出认定。现将调查结果通知如下。",
		"investigation.result":     "调查结果",
		"investigation.determined": "认定日期",
		"investigation.court-by":   "协助执行通知截止日期",

		"result.infringing":          "侵权",
		"result.not-infringing":      "不侵权",
		"result.undetermined":        "不能认定是否侵权",
		"result.infringing.text":     "经调查，海关认定上述货物侵犯有关知识产权，将依法予以没收（《知识产权海关保护条例》第二十七条）。",
		"result.not-infringing.text": "收发货人提供的证据足以证明上述货物未侵犯有关知识产权，海关将放行上述货物（《知识产权海关保护条例》第二十四条第（四）项；《海关关于〈知识产权海关保护条例〉的实施办法》第二十八条）。",
		"result.undetermined.text":   "海关不能认定上述货物是否侵犯有关知识产权。权利人可以向人民法院申请采取责令停止侵权行为或者财产保全的措施；海关在%[1]s前（含当日）未收到人民法院协助执行通知的，将放行上述货物（《知识产权海关保护条例》第二十三条、第二十四条第（二）项；《海关关于〈知识产权海关保护条例〉的实施办法》第二十九条）。",

		"release.intro":           "海关已于%[1]s放行下列货物。",
		"release.reason":          "放行理由",
		"release.released":        "放行日期",
		"release.preservation-by": "财产保全通知截止日期",
		"release.preservation":    "海关在%[1]s前（含当日）未收到人民法院就权利人提供的担保采取财产保全措施的协助执行通知的，将在扣除权利人应承担的费用后向权利人退还该担保（《海关关于〈知识产权海关保护条例〉的实施办法》第三十五条）。",

		// The reason for a release: each enforcement.State in Released.
		"release.reason.released-no-application":    "权利人未在规定期限内提出扣留申请或者未提供担保（《知识产权海关保护条例》第十六条）",
		"release.reason.released-holder-declined":   "权利人认为货物未侵权或者不要求海关扣留（《海关关于〈知识产权海关保护条例〉的实施办法》第二十二条）",
		"release.reason.released-no-court-notice":   "海关在规定期限内未收到人民法院的协助执行通知（《知识产权海关保护条例》第二十四条第（一）项）",
		"release.reason.released-undetermined":      "海关不能认定货物是否侵权，且在规定期限内未收到人民法院的协助执行通知（《知识产权海关保护条例》第二十四条第（二）项）",
		"release.reason.released-counter-guarantee": "收发货人提供了相当于货物价值的担保金并请求放行（《知识产权海关保护条例》第十九条、第二十四条第（三）项）",
		"release.reason.released-evidence-accepted": "海关认为收发货人有充分证据证明货物未侵权（《知识产权海关保护条例》第二十四条第（四）项）",
		"release.reason.released-withdrawn":         "权利人在海关认定侵权前撤回扣留申请（《知识产权海关保护条例》第二十四条第（五）项）",
		"release.reason.released-not-infringing":    "经调查，海关认定货物未侵权（《知识产权海关保护条例》第二十条、第二十四条第（四）项）",
		"release.reason.released-personal-use":      "海关认定有关物品属于个人自用且数量合理（《知识产权海关保护条例》第三十一条）",

		"confiscation.intro":        "海关认定下列货物侵犯有关知识产权，依照《知识产权海关保护条例》第二十七条的规定决定予以没收。",
		"confiscation.decision":     "处罚决定书编号",
		"confiscation.served":       "决定送达日期",
		"confiscation.fine":         "罚款",
		"confiscation.fine.text":    "海关并处罚款%[1]s（《中华人民共和国海关行政处罚实施条例》第二十五条）。",
		"confiscation.fee-cap":      "权利人承担费用的截止日期",
		"confiscation.fee-cap.text": "权利人按照货物扣留后的实际存储时间承担仓储、保管和处置等费用，费用计至%[1]s（含当日）为止；因收发货人申请行政复议、提起行政诉讼或者货物处置方面的其他特殊原因导致延迟的除外（《海关关于〈知识产权海关保护条例〉的实施办法》第三十四条）。",
		"confiscation.disposal":     "被没收的货物依照《知识产权海关保护条例》第二十七条的规定处置：可以用于社会公益事业的，转交有关公益机构用于社会公益事业；知识产权权利人有收购意愿的，有偿转让给权利人；无法用于社会公益事业且权利人无收购意愿的，在消除侵权特征后依法拍卖，但进口假冒商标货物除特殊情况外，不能仅清除货物上的商标标识即允许其进入商业渠道；侵权特征无法消除的，予以销毁。",

		"counter.intro":    "收发货人向海关提供了相当于货物价值的担保金%[1]s，请求放行下列涉嫌侵犯专利权的货物。海关已依照《知识产权海关保护条例》第十九条的规定，于%[2]s放行上述货物。",
		"counter.amount":   "担保金",
		"counter.released": "放行日期",
		"counter.served":   "通知送达日期",
		"counter.suit-by":  "提交受理通知书截止日期",
		"counter.suit":     "你方向人民法院提起诉讼的，应当于%[1]s前（含当日）将人民法院受理案件通知书的复印件提交海关；逾期未提交的，海关将向收发货人退还担保金（《知识产权海关保护条例》第十九条；《海关关于〈知识产权海关保护条例〉的实施办法》第二十条、第四十一条）。",

		// The legal-basis line of each kind.
		"legal.payment":                  "《中华人民共和国知识产权海关保护条例》第十四条、第二十五条；《中华人民共和国海关关于〈中华人民共和国知识产权海关保护条例〉的实施办法》（海关总署令第183号）第三十四条、第三十五条",
		"legal.suspension":               "《中华人民共和国知识产权海关保护条例》第十六条；《中华人民共和国海关关于〈中华人民共和国知识产权海关保护条例〉的实施办法》（海关总署令第183号）第二十一条至第二十三条、第四十一条",
		"legal.detention-receipt":        "《中华人民共和国知识产权海关保护条例》第十五条至第十七条",
		"legal.detention-receipt.patent": "《中华人民共和国知识产权海关保护条例》第十五条至第十七条、第十九条",
		"legal.investigation-result":     "《中华人民共和国知识产权海关保护条例》第二十条；《中华人民共和国海关关于〈中华人民共和国知识产权海关保护条例〉的实施办法》（海关总署令第183号）第二十八条、第二十九条",
		"legal.release":                  "《中华人民共和国知识产权海关保护条例》第十六条、第十九条、第二十四条；《中华人民共和国海关关于〈中华人民共和国知识产权海关保护条例〉的实施办法》（海关总署令第183号）第三十五条",
		"legal.confiscation":             "《中华人民共和国知识产权海关保护条例》第二十七条；《中华人民共和国海关关于〈中华人民共和国知识产权海关保护条例〉的实施办法》（海关总署令第183号）第三十三条、第三十四条；《中华人民共和国海关行政处罚实施条例》第二十五条",
		"legal.counter-guarantee":        "《中华人民共和国知识产权海关保护条例》第十九条、第二十四条第（三）项；《中华人民共和国海关关于〈中华人民共和国知识产权海关保护条例〉的实施办法》（海关总署令第183号）第二十条、第四十一条",
	},
	counted: map[string]forms{
		"count.days": {other: "%[1]d天"},
	},
}
