import Bilingual
import TrackerDomain
import XCTest

final class DomainEnumTests: XCTestCase {
    /// Every enum of the domain, checked by the generic tests below.
    private func forEachEnum(_ body: (any DomainEnum.Type) throws -> Void) rethrows {
        let all: [any DomainEnum.Type] = [
            HouseholdAttribute.self, PovertyCause.self, HouseholdStatus.self, MonitoringKind.self, LineStanding.self, VisitDueState.self,
            Relation.self, Sex.self, Health.self, Schooling.self, Labour.self, AssignmentRole.self,
            VisitKind.self, ChecklistItem.self, CheckResult.self, RectificationTopic.self,
            RectificationStatus.self, RectificationEvent.self, MeasureKind.self, PensionCheckMethod.self,
            MonitoringRisk.self, MonitoringSource.self, MonitoringStep.self, StepOutcome.self, RemovalMethod.self,
            MonitoringEventKind.self, MonitoringState.self, MonitoringProcedure.self,
        ]
        for type in all { try body(type) }
    }

    func testEverySpellingParsesBackToItsCase() {
        func check<E: DomainEnum>(_: E.Type) {
            for value in E.allCases {
                XCTAssertEqual(E.parse(value.key), value, "\(E.self) key \(value.key)")
                XCTAssertEqual(E.parse(value.label(in: .zh)), value, "\(E.self) zh \(value.label(in: .zh))")
                XCTAssertEqual(E.parse(value.label(in: .en)), value, "\(E.self) en \(value.label(in: .en))")
                XCTAssertEqual(E(rawValue: value.key), value)
                for spelling in value.spellings {
                    XCTAssertEqual(E.parse(spelling), value, "\(E.self) spelling \(spelling)")
                    XCTAssertEqual(E.parse("  \(spelling.uppercased())\t"), value, "\(E.self) padded \(spelling)")
                }
            }
        }
        forEachEnum { check($0) }
    }

    func testNoSpellingIsClaimedByTwoCases() {
        func check<E: DomainEnum>(_: E.Type) {
            var owner: [String: E] = [:]
            for value in E.allCases {
                for spelling in value.spellings {
                    let folded = spelling.lowercased().replacingOccurrences(of: " ", with: "_")
                        .replacingOccurrences(of: "-", with: "_")
                    if let other = owner[folded], other != value {
                        XCTFail("\(E.self): '\(spelling)' names both \(other) and \(value)")
                    }
                    owner[folded] = value
                }
            }
        }
        forEachEnum { check($0) }
    }

    func testEveryEnumHasLabelsInBothLanguagesAndAFieldName() {
        func check<E: DomainEnum>(_: E.Type) {
            XCTAssertFalse(E.fieldName.zh.isEmpty)
            XCTAssertFalse(E.fieldName.en.isEmpty)
            XCTAssertEqual(Set(E.allCases.map { $0.label(in: .zh) }).count, E.allCases.count, "\(E.self) zh labels")
            XCTAssertEqual(Set(E.allCases.map { $0.label(in: .en) }).count, E.allCases.count, "\(E.self) en labels")
        }
        forEachEnum { check($0) }
    }

    func testKeysAreTheSchemaKeys() {
        XCTAssertEqual(HouseholdAttribute.allCases.map(\.key), ["general", "dibao", "tekun"])
        XCTAssertEqual(
            PovertyCause.allCases.map(\.key),
            [
                "illness", "disability", "schooling", "disaster", "lack_land", "lack_water", "lack_skills",
                "lack_labour", "lack_funds", "poor_transport", "low_motivation",
            ])
        XCTAssertEqual(HouseholdStatus.allCases.map(\.key), ["not_lifted", "lifted", "relapsed", "monitored"])
        XCTAssertEqual(MonitoringKind.allCases.map(\.key), ["unstable", "marginal", "hardship"])
        XCTAssertEqual(Relation.allCases.map(\.key), ["head", "spouse", "child", "parent", "grandchild", "other"])
        XCTAssertEqual(Sex.allCases.map(\.key), ["male", "female"])
        XCTAssertEqual(Health.allCases.map(\.key), ["healthy", "chronic", "serious_illness", "disabled"])
        XCTAssertEqual(
            Schooling.allCases.map(\.key),
            ["preschool", "in_school", "dropped_out", "illiterate", "primary", "junior", "senior", "college"])
        XCTAssertEqual(Labour.allCases.map(\.key), ["ordinary", "skilled", "weak", "lost", "none"])
        XCTAssertEqual(
            AssignmentRole.allCases.map(\.key), ["responsible", "resident_cadre", "first_secretary", "paired_cadre"])
        XCTAssertEqual(
            VisitKind.allCases.map(\.key), ["home_visit", "survey", "return_visit", "verification", "phone"])
        XCTAssertEqual(
            ChecklistItem.allCases.map(\.key), ["food", "clothing", "education", "medical", "housing", "water"])
        XCTAssertEqual(CheckResult.allCases.map(\.key), ["met", "not_met", "not_applicable", "unrecorded"])
        XCTAssertEqual(
            RectificationTopic.allCases.map(\.key),
            ["food", "clothing", "education", "medical", "housing", "water", "request", "other"])
        XCTAssertEqual(RectificationStatus.allCases.map(\.key), ["open", "closed"])
        XCTAssertEqual(RectificationEvent.allCases.map(\.key), ["opened", "closed", "reopened", "verified"])
        XCTAssertEqual(
            MeasureKind.allCases.map(\.key),
            [
                "industry", "employment", "education", "health", "housing", "relocation", "safety_net", "finance",
                "photovoltaic", "ecology", "public_job", "social_assistance", "drinking_water",
            ])
        XCTAssertEqual(PensionCheckMethod.allCases.map(\.key), ["app", "window", "home_visit"])
    }

    func testChineseLabelsAreTheFormsWording() {
        XCTAssertEqual(HouseholdAttribute.allCases.map { $0.label(in: .zh) }, ["一般贫困户", "低保贫困户", "特困供养贫困户"])
        XCTAssertEqual(HouseholdStatus.allCases.map { $0.label(in: .zh) }, ["未脱贫", "已脱贫", "返贫", "监测对象"])
        XCTAssertEqual(
            ChecklistItem.allCases.map { $0.label(in: .zh) },
            ["不愁吃", "不愁穿", "义务教育有保障", "基本医疗有保障", "住房安全有保障", "饮水安全"])
        XCTAssertEqual(
            VisitKind.allCases.map { $0.label(in: .zh) }, ["走访慰问", "摸底调查", "回访", "入户核查", "电话回访"])
        XCTAssertEqual(PovertyCause.lowMotivation.label(in: .zh), "自身发展动力不足")
    }

    func testChecklistItemSpellings() {
        for text in ["吃", "不愁吃", "food", "Food", " FOOD "] {
            XCTAssertEqual(ChecklistItem.parse(text), .food, text)
        }
        let shorts = [
            "吃": ChecklistItem.food, "穿": .clothing, "教育": .education, "医疗": .medical, "住房": .housing, "饮水": .water,
        ]
        for (text, item) in shorts {
            XCTAssertEqual(ChecklistItem.parse(text), item, text)
        }
        XCTAssertNil(ChecklistItem.parse("食"))
        XCTAssertNil(ChecklistItem.parse(""))
        XCTAssertNil(ChecklistItem.parse("   "))
    }

    func testCheckResultSpellings() {
        for text in ["达标", "ok", "OK", "met", "pass"] { XCTAssertEqual(CheckResult.parse(text), .met, text) }
        for text in ["不达标", "fail", "not_met", "not met", "Not-Met"] {
            XCTAssertEqual(CheckResult.parse(text), .notMet, text)
        }
        for text in ["不适用", "na", "n/a", "N/A", "not_applicable", "not applicable"] {
            XCTAssertEqual(CheckResult.parse(text), .notApplicable, text)
        }
        XCTAssertEqual(CheckResult.parse("unrecorded"), .unrecorded)
        XCTAssertNil(CheckResult.parse("okay"))
        XCTAssertNil(CheckResult.parse("n a"))
    }

    func testRolesAcceptTheRegionalNamesOfPairedCadres() {
        for text in ["包保干部", "包联干部", "包保/包联干部", "paired_cadre"] {
            XCTAssertEqual(AssignmentRole.parse(text), .pairedCadre, text)
        }
        XCTAssertEqual(AssignmentRole.parse("帮扶责任人"), .responsible)
        XCTAssertEqual(MeasureKind.parse("扶贫车间"), .employment)
        XCTAssertEqual(MeasureKind.parse("雨露计划"), .education)
        XCTAssertEqual(MeasureKind.parse("小额信贷"), .finance)
        XCTAssertEqual(Relation.parse("之子"), .child)
        XCTAssertEqual(Labour.parse("none"), .noLabour)
        XCTAssertEqual(Sex.parse("男"), .male)
    }

    func testRectificationTopicCoversTheChecklist() {
        for item in ChecklistItem.allCases {
            let topic = RectificationTopic(item)
            XCTAssertEqual(topic.key, item.key)
            XCTAssertEqual(topic.checklistItem, item)
            XCTAssertEqual(topic.label(in: .zh), item.label(in: .zh))
        }
        XCTAssertNil(RectificationTopic.request.checklistItem)
        XCTAssertEqual(RectificationTopic.parse("诉求"), .request)
        XCTAssertEqual(RectificationTopic.parse("吃"), .food)
    }

    func testAcceptedSpellingsListTheOfferedCases() {
        XCTAssertEqual(CheckResult.acceptedSpellings(in: .zh), "达标（ok）、不达标（fail）、不适用（na）")
        XCTAssertEqual(CheckResult.acceptedSpellings(in: .en), "met (ok), not met (fail), not applicable (na)")
        XCTAssertEqual(
            ChecklistItem.acceptedSpellings(in: .zh),
            "不愁吃（吃）、不愁穿（穿）、义务教育有保障（教育）、基本医疗有保障（医疗）、住房安全有保障（住房）、饮水安全（饮水）")
        XCTAssertEqual(
            ChecklistItem.acceptedSpellings(in: .en),
            "food, clothing, compulsory education (education), basic medical care (medical), safe housing (housing), safe drinking water (water)"
        )
        XCTAssertEqual(HouseholdAttribute.acceptedSpellings(in: .zh), "一般贫困户（general）、低保贫困户（dibao）、特困供养贫困户（tekun）")
    }

    func testUnknownValueThrowsWithFieldValueAndSpellings() {
        XCTAssertThrowsError(try CheckResult(parsing: "maybe")) { error in
            guard let error = error as? DomainError, case .unrecognised(let field, let value, let expected) = error
            else {
                return XCTFail("unexpected \(error)")
            }
            XCTAssertEqual(field, CheckResult.fieldName)
            XCTAssertEqual(value, "maybe")
            XCTAssertEqual(expected.zh, "达标（ok）、不达标（fail）、不适用（na）")
            XCTAssertEqual(
                error.message(in: .en),
                "unrecognised check result 'maybe'; expected one of: met (ok), not met (fail), not applicable (na)")
            XCTAssertEqual(error.message(in: .zh), "无法识别的检查结果“maybe”；可选值：达标（ok）、不达标（fail）、不适用（na）")
        }
        let custom = LocalizedText(en: "--check item", zh: "检查项")
        XCTAssertThrowsError(try ChecklistItem(parsing: "roof", field: custom)) { error in
            XCTAssertTrue(
                (error as? DomainError)?.message(in: .en).hasPrefix("unrecognised --check item 'roof'") == true)
        }
        XCTAssertEqual(try ChecklistItem(parsing: "住房"), .housing)
    }

    func testUnknownValuesFailForEveryEnum() {
        func check<E: DomainEnum>(_: E.Type) {
            XCTAssertNil(E.parse("no-such-value"))
            XCTAssertThrowsError(try E(parsing: "no-such-value")) { error in
                let message = (error as? DomainError)?.message(in: .zh) ?? ""
                for value in E.offeredCases {
                    XCTAssertTrue(message.contains(value.label(in: .zh)), "\(E.self): \(message)")
                }
            }
        }
        forEachEnum { check($0) }
    }
}
