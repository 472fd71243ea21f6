/// Which measures answer which risk, as the county rules list them (issue 14).
///
/// A risk the rules give no list for (缺劳动力, 因自然灾害, 因意外事故,
/// 因产业项目失败, 其他) is answered by any measure recorded against it: what
/// helps after a flood or an accident differs from case to case.
public enum RiskAnswers {
    public static let table: [MonitoringRisk: [MeasureKind]] = [
        .illness: [.health, .socialAssistance],
        .schooling: [.education],
        .disability: [.safetyNet, .socialAssistance],
        .housing: [.housing, .relocation],
        .drinkingWater: [.drinkingWater],
        .unstableWork: [.employment, .publicJob],
    ]

    /// The measures that answer `risk`; nil when any measure does.
    public static func measures(answering risk: MonitoringRisk) -> [MeasureKind]? {
        table[risk]
    }

    /// Whether a measure of `kind` answers `risk`.
    public static func answers(_ kind: MeasureKind, _ risk: MonitoringRisk) -> Bool {
        measures(answering: risk)?.contains(kind) ?? true
    }
}
