import TrackerDomain

/// One validated roster row: a person, plus the household values their row
/// carries (used only from the head's row).
///
/// Fields the row got wrong are nil here and reported as problems, so the
/// checks across rows (one head, one village) can still run on the rest.
struct RosterPerson {
    let line: Int
    var code: String?
    var county: String?
    var town: String?
    var village: String?
    var name: String?
    var relation: Relation?
    /// False when the relation cell was filled but unreadable: such a row
    /// may be the head, so "no head" is not reported on top of it.
    var relationReadable = true
    var sex: Sex?
    var birthDate: CalendarDate?
    var idNumber: ResidentID?
    var health: Health?
    var schooling: Schooling?
    var labour: Labour?

    var phone: String?
    var attribute: HouseholdAttribute?
    /// The main cause first.
    var causes: [PovertyCause]?
    var status: HouseholdStatus?
    var monitoringKind: MonitoringKind?
    var size: Int?
    /// 建档日期; a month alone (YYYY-MM) is taken as its first day.
    var registered: CalendarDate?

    init(line: Int) { self.line = line }

    /// The sex stored: as given, else what the ID number encodes (as `member add` does).
    var effectiveSex: Sex? { sex ?? idNumber?.sex }
    /// The birth date stored: as given, else the one in the ID number.
    var effectiveBirthDate: CalendarDate? { birthDate ?? idNumber?.birthDate }

    var place: PlacePath? {
        guard let town, let village else { return nil }
        return PlacePath(county: county, town: town, village: village)
    }
}
