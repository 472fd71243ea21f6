/// 与户主关系: a member's relation to the head of household. Rosters spell
/// relations in many ways (之子, 儿子); the aliases fold them in.
public enum Relation: String, DomainEnum {
    case head, spouse, child, parent, grandchild, other

    public static let fieldName = BilingualText(zh: "与户主关系", en: "relation")

    public var names: EnumNames {
        switch self {
        case .head: EnumNames("户主", "head", aliases: ["本人", "head of household", "self"])
        case .spouse: EnumNames("配偶", "spouse", aliases: ["妻", "妻子", "夫", "丈夫", "之妻", "之夫", "wife", "husband"])
        case .child:
            EnumNames(
                "子女", "child", aliases: ["子", "女", "儿子", "女儿", "之子", "之女", "长子", "长女", "次子", "次女", "son", "daughter"])
        case .parent: EnumNames("父母", "parent", aliases: ["父亲", "母亲", "之父", "之母", "father", "mother"])
        case .grandchild:
            EnumNames(
                "孙子女", "grandchild", aliases: ["孙子", "孙女", "之孙子", "之孙女", "外孙子", "外孙女", "grandson", "granddaughter"])
        case .other: EnumNames("其他", "other", aliases: ["其它", "其他亲属"])
        }
    }
}
