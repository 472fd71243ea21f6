import CLIKit
import TrackerDomain
import TrackerStore

/// The household's dated facts: what held from when, and when it was written down.
extension HouseholdCaseRenderer {
    func historyText() -> String {
        var out = section(t("History (dated facts)", "户情变化"), count: file.history.count)
        if file.history.isEmpty {
            out += "  " + t("no dated change; the record has held since it began", "无变化记录；自建档以来未变") + "\n"
        } else {
            out += table([t("Fact", "事项"), t("From", "起始日期"), t("Value", "内容"), t("Recorded", "登记时间")],
                     file.history.map { fact in
            [fact.kind.label(in: language), fact.validFrom?.description ?? t("from the start", "建档起"),
             factValue(fact), String(fact.recordedAt.prefix(10))]
            })
        }
        if let closed = file.household.closedOn {
            out += "  " + t("Closed on \(closed)", "已于 \(closed) 销户")
                + (file.household.closeReason.map { t(": ", "：") + $0.label(in: language) } ?? "") + "\n"
        }
        return out
    }

    func factValue(_ fact: HouseholdFact) -> String {
        switch fact.kind {
        case .status:
            var text = fact.status?.label(in: language) ?? "—"
            if let year = fact.liftedYear { text += " (\(year))" }
            if let kind = fact.monitoringKind { text += " · " + kind.label(in: language) }
            return text
        case .attribute: return fact.attribute?.label(in: language) ?? "—"
        case .village:
            return fact.place.map(placeText) ?? "—"
        case .size: return fact.size.map(String.init) ?? t("counted from the members", "按成员计")
        case .head: return fact.headName ?? "—"
        }
    }

    func historyJSON() -> JSONValue {
        .array(file.history.map { fact in
            var pairs: [(String, JSONValue)] = [
                ("fact", .string(fact.kind.key)), ("from", .string(fact.validFrom?.description)),
                ("recorded_at", .string(fact.recordedAt)),
            ]
            switch fact.kind {
            case .status:
                pairs += [("status", .string(fact.status?.key)),
                          ("lifted_year", fact.liftedYear.map { .int(Int64($0)) } ?? .null),
                          ("monitoring_kind", .string(fact.monitoringKind?.key))]
            case .attribute: pairs.append(("attribute", .string(fact.attribute?.key)))
            case .village:
                pairs += [("county", .string(fact.place?.county)), ("town", .string(fact.place?.town)),
                          ("village", .string(fact.place?.village))]
            case .size: pairs.append(("size", fact.size.map { .int(Int64($0)) } ?? .null))
            case .head: pairs.append(("head", .string(fact.headName)))
            }
            return .object(pairs)
        })
    }
}
