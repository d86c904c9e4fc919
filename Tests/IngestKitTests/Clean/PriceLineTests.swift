import Testing
@testable import IngestKit

@Suite struct PriceLineTests {
    @Test func pricesNameACurrency() {
        for text in ["$19.95", "24,50 €", "EUR 355.58", "£8", "1.299 kr", "From USD 12", "12,99 zł", "ZŁ 12"] {
            #expect(PriceLine.isPrice(text), "\(text)")
        }
    }

    @Test func datesTimesAndWordsWithACodeInsideAreNoPrices() {
        for text in ["23.10.2018", "16:11 Uhr", "Europe 2024", "3 beds 2 baths", "Euro", "$", "Eurø 12", "ßusd 3"] {
            #expect(!PriceLine.isPrice(text), "\(text)")
        }
    }
}
