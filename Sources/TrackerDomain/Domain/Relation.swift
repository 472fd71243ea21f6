import Bilingual

/// 与户主关系: a member's relation to the head of household. Rosters spell
/// relations in many ways (之子, 儿子); the aliases fold them in.
public enum Relation: String, DomainEnum {
    case head, spouse, child, parent, grandchild, other

    public static let fieldName = LocalizedText(en: "relation", zh: "与户主关系")

    public var names: EnumNames {
        switch self {
        case .head: EnumNames(en: "head", zh: "户主", aliases: ["本人", "head of household", "self"])
        case .spouse: EnumNames(en: "spouse", zh: "配偶", aliases: ["妻", "妻子", "夫", "丈夫", "之妻", "之夫", "wife", "husband"])
        case .child:
            EnumNames(
                en: "child", zh: "子女", aliases: ["子", "女", "儿子", "女儿", "之子", "之女", "长子", "长女", "次子", "次女", "son", "daughter"])
        case .parent: EnumNames(en: "parent", zh: "父母", aliases: ["父亲", "母亲", "之父", "之母", "father", "mother"])
        case .grandchild:
            EnumNames(
                en: "grandchild", zh: "孙子女", aliases: ["孙子", "孙女", "之孙子", "之孙女", "外孙子", "外孙女", "grandson", "granddaughter"])
        case .other: EnumNames(en: "other", zh: "其他", aliases: ["其它", "其他亲属"])
        }
    }
}
