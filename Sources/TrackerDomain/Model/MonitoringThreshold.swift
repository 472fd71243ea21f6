/// 监测范围: the per-capita net income below which a household is at risk,
/// for one year and region (a province or county, or "national").
public struct MonitoringThreshold: Sendable, Hashable {
    public var year: Int
    public var region: String
    public var amount: Money
    /// Shipped with tracker as an example, not yet set locally.
    public var example: Bool
    public var note: String?

    public init(year: Int, region: String, amount: Money, example: Bool = false, note: String? = nil) {
        self.year = year
        self.region = region
        self.amount = amount
        self.example = example
        self.note = note
    }
}
