import Foundation
import Testing
@testable import GuidanceCore

/// A strict RFC 4180 reader for the tests: CR LF record ends (the last too), quotes only around whole cells.
struct StrictCSVReader {
    /// What is wrong with a CSV text, and where (scalar offset).
    struct Problem: Error, Equatable {
        let message: String
        let offset: Int
    }

    /// The records of `text`, or the first place it breaks RFC 4180.
    static func records(_ text: String) throws -> [[String]] {
        let scalars = Array(text.unicodeScalars)
        var records: [[String]] = []
        var record: [String] = []
        var cell = String.UnicodeScalarView()
        var i = 0
        var atCellStart = true
        while i < scalars.count {
            let c = scalars[i]
            if atCellStart && c == "\"" {
                i += 1
                while true {
                    guard i < scalars.count else { throw Problem(message: "unterminated quoted cell", offset: i) }
                    if scalars[i] == "\"" {
                        if i + 1 < scalars.count && scalars[i + 1] == "\"" { cell.append("\""); i += 2; continue }
                        i += 1
                        break
                    }
                    cell.append(scalars[i]); i += 1
                }
                guard i < scalars.count, scalars[i] == "," || scalars[i] == "\r" else {
                    throw Problem(message: "text after a closing quote", offset: i)
                }
                atCellStart = false
                continue
            }
            switch c {
            case ",":
                record.append(String(cell)); cell = String.UnicodeScalarView(); atCellStart = true; i += 1
            case "\r":
                guard i + 1 < scalars.count, scalars[i + 1] == "\n" else { throw Problem(message: "CR without LF", offset: i) }
                record.append(String(cell)); cell = String.UnicodeScalarView()
                records.append(record); record = []
                atCellStart = true; i += 2
            case "\n":
                throw Problem(message: "LF without CR", offset: i)
            case "\"":
                throw Problem(message: "quote inside an unquoted cell", offset: i)
            default:
                cell.append(c); atCellStart = false; i += 1
            }
        }
        guard record.isEmpty && cell.isEmpty && atCellStart else { throw Problem(message: "last record without CR LF", offset: i) }
        return records
    }
}

@Suite struct PlanCSVTests {
    static let header = "date,month,week,segment,role,stage,activity,channel,pull_push,hours,cost,currency,why"

    @Test func headerIsExactlyTheContractAndEveryRecordEndsWithCRLF() {
        let csv = PlanCSV.write(SamplePlans.dental())
        #expect(csv.hasPrefix(Self.header + "\r\n"))
        #expect(csv.hasSuffix("\r\n"))
        let records = csv.components(separatedBy: "\r\n")
        #expect(records.count == SamplePlans.dental().rows.count + 2)
        #expect(records.last == "")
        for record in records {
            #expect(!record.unicodeScalars.contains("\r") && !record.unicodeScalars.contains("\n"))
        }
    }

    @Test func anEmptyPlanIsTheHeaderAlone() {
        #expect(PlanCSV.write(SamplePlans.empty()) == Self.header + "\r\n")
    }

    @Test(arguments: [
        (0, "2027-03-01,1,1,Dental practices,grow,awareness,Blog post,website,pull,4,0,GBP,"
            + "\"Replace the income of the shrinking hospitality segment: Dental practices, the growth segment\""),
        (1, "2027-03-01,1,1,Dental practices,grow,consideration,Case study pack,print,push,6,450,GBP,"
            + "\"Replace the income of the shrinking hospitality segment: Dental practices, the growth segment\""),
        (2, "2027-03-03,1,1,Legal,maintain,interest,Email newsletter,email,pull,3,120,GBP,Keep Legal income steady (maintain)"),
        (4, "2027-03-10,1,2,Dental practices,grow,purchase,Sales follow-up call,sales,push,2.5,0,GBP,"
            + "\"Replace the income of the shrinking hospitality segment: Dental practices, the growth segment\""),
        (6, "2027-04-05,2,6,Hospitality,exit,loyalty,Wind-down letter,print,pull,3,200,GBP,"
            + "Look after Hospitality customers while we exit"),
        (7, "2027-05-03,3,10,,,fundamentals,Website update,website,pull,20,3000,GBP,"
            + "Fundamentals: the marketing basics every segment relies on"),
    ])
    func rowsFollowTheContract(_ index: Int, _ expected: String) {
        let records = PlanCSV.write(SamplePlans.dental()).components(separatedBy: "\r\n")
        #expect(records[index + 1] == expected)
    }

    @Test func rowsKeepThePlannersOrder() throws {
        let plan = SamplePlans.dental()
        var reversed = plan
        reversed.rows.reverse()
        let records = try StrictCSVReader.records(PlanCSV.write(reversed))
        #expect(records.dropFirst().map { $0[6] } == plan.rows.reversed().map(\.activity))
    }

    @Test func aFundamentalsRowHasNoSegmentOrRoleEvenWhenTheRowNamesOne() throws {
        var plan = SamplePlans.empty()
        var row = SamplePlans.fundamental("2027-05-03", 3, 10, "Website update", hours: 20, cost: 6000)
        row.segment = "Retail"
        row.role = .maintain
        row.stage = .awareness
        plan.rows = [row]
        let records = try StrictCSVReader.records(PlanCSV.write(plan))
        #expect(Array(records[1][3...5]) == ["", "", "fundamentals"])
    }

    @Test func hostileTextReadsBackExactlyAndNeverStartsAFormula() throws {
        let plan = SamplePlans.hostile()
        let records = try StrictCSVReader.records(PlanCSV.write(plan))
        #expect(records.count == SamplePlans.hostileCells.count + 1)
        #expect(records.first?.joined(separator: ",") == Self.header)
        for (index, record) in records.dropFirst().enumerated() {
            #expect(record.count == 13)
            let expected = SamplePlans.hostileCells[index].cell
            for column in [3, 6, 7, 12] {
                #expect(record[column] == expected, "row \(index + 1) column \(PlanCSV.columns[column])")
            }
            for column in [3, 4, 5, 6, 7, 8, 11, 12] {
                let first = record[column].unicodeScalars.first
                #expect(!["=", "+", "-", "@", "\t", "\r"].contains(first), "row \(index + 1) column \(PlanCSV.columns[column])")
            }
            let row = plan.rows[index]
            #expect(record[0] == row.date.iso)
            #expect(record[9] == JSONWriter.numberText(row.hours))
            #expect(record[10] == JSONWriter.numberText(row.cost))
        }
    }

    @Test(arguments: [
        ("1250.5", "1250.5"), ("12000", "12000"), ("1234567.891", "1234567.891"), ("0.25", "0.25"), ("-3", "-3"),
        ("0", "0"), ("-0", "0"), ("1e10", "10000000000"), ("1e-3", "0.001"), ("2.50", "2.5"),
    ])
    func numbersArePlain(_ input: String, _ expected: String) throws {
        let value = try #require(Decimal(string: input, locale: Locale(identifier: "en_US_POSIX")))
        #expect(CSVField.number(value) == expected)
    }

    @Test func aNumberThatIsNotANumberIsAnEmptyCell() {
        #expect(CSVField.number(Decimal.nan) == "")
    }

    @Test(arguments: [
        ("plain", "plain"),
        ("", ""),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("line\nbreak", "\"line\nbreak\""),
        ("cr\rinside", "\"cr\rinside\""),
        ("crlf\r\ninside", "\"crlf\r\ninside\""),
        ("=1+2", "'=1+2"),
        ("+44 1", "'+44 1"),
        ("-5", "'-5"),
        ("@home", "'@home"),
        ("\tx", "'\tx"),
        ("\rx", "\"'\rx\""),
        ("\r\nx", "\"'\r\nx\""),
        ("=SUM(A1,B1)", "\"'=SUM(A1,B1)\""),
        ("a-b", "a-b"),
        (" =1", " =1"),
        ("'note", "'note"),
        ("🚀 launch", "🚀 launch"),
    ])
    func textCellsAreNeutralisedThenQuoted(_ input: String, _ expected: String) {
        #expect(CSVField.text(input) == expected)
    }

    @Test(arguments: [
        ("a,b\r\n1,2\r\n", [["a", "b"], ["1", "2"]]),
        ("\"a\"\"b\",\"c\r\nd\"\r\n", [["a\"b", "c\r\nd"]]),
        (",\r\n", [["", ""]]),
    ])
    func theTestReaderReadsRFC4180(_ text: String, _ expected: [[String]]) throws {
        #expect(try StrictCSVReader.records(text) == expected)
    }

    @Test(arguments: ["a,b", "a\nb\r\n", "a\rb\r\n", "a\"b\r\n", "\"a\"b\r\n", "\"a\r\n"])
    func theTestReaderRefusesBrokenCSV(_ text: String) {
        #expect(throws: StrictCSVReader.Problem.self) { try StrictCSVReader.records(text) }
    }
}
