package org.taawon.examples.shop.showcase;

import java.util.ArrayList;
import java.util.List;

import org.taawon.core.catalogue.Cooperative;
import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.CooperativeKind;
import org.taawon.core.catalogue.PayoutDestination;
import org.taawon.core.catalogue.Product;
import org.taawon.core.catalogue.Sku;
import org.taawon.core.money.BasisPoints;
import org.taawon.core.money.Money;
import org.taawon.examples.shop.TaawonConfiguration;

/**
 * The sample cooperatives and products the shop starts with: a women's argan cooperative of
 * Souss-Massa, weaving and sewing cooperatives of Tinghir and Ouarzazate, a youth dates cooperative of
 * Zagora, and jewellery and aromatic products of Al Haouz. The names are made up. It is a table of
 * data written as code, so {@link #profiles()} is long on purpose.
 */
public final class SeedCatalogue {

    public static final String SOUSS_MASSA = "Souss-Massa";
    public static final String DRAA_TAFILALET = "Drâa-Tafilalet";
    public static final String MARRAKECH_SAFI = "Marrakech-Safi";

    private SeedCatalogue() {
    }

    public static List<CooperativeProfile> profiles() {
        List<CooperativeProfile> all = new ArrayList<>();
        all.add(new CooperativeProfile(
                coop("coop-tafyoucht", "Coopérative Tafyoucht", CooperativeKind.WOMEN, SOUSS_MASSA, 800, "MA640011100000012345678901"),
                new Texts("Coopérative Tafyoucht", "تعاونية تافيوشت", "Tafyoucht Cooperative"),
                new Texts("Taroudant", "تارودانت", "Taroudant"),
                new Texts("Quarante-deux femmes de la région de Taroudant concassent à la main les noix d'argan cueillies "
                        + "dans l'arganeraie. Les revenus de la coopérative paient les cours d'alphabétisation de ses membres.",
                        "اثنتان وأربعون امرأة من منطقة تارودانت يكسرن يدويا ثمار الأركان المقطوفة من غابة الأركان. "
                        + "تمول مداخيل التعاونية دروس محو الأمية لعضواتها.",
                        "Forty-two women of the Taroudant area crack by hand the argan nuts gathered in the argan forest. "
                        + "The cooperative's income pays for its members' literacy classes."),
                mad(3000),
                List.of(product("ARGAN-COSM-100", "coop-tafyoucht", "argan", 12000, 80,
                                new Texts("Huile d'argan cosmétique 100 ml", "زيت الأركان التجميلي 100 مل", "Cosmetic argan oil 100 ml")),
                        product("ARGAN-FOOD-250", "coop-tafyoucht", "argan", 18000, 60,
                                new Texts("Huile d'argan alimentaire 250 ml", "زيت الأركان الغذائي 250 مل", "Culinary argan oil 250 ml")),
                        product("AMLOU-250", "coop-tafyoucht", "food", 7500, 90,
                                new Texts("Amlou aux amandes 250 g", "أملو باللوز 250 غ", "Almond amlou 250 g")))));
        all.add(new CooperativeProfile(
                coop("coop-izourane", "Coopérative Izourane", CooperativeKind.WOMEN, DRAA_TAFILALET, 1000, "MA640011100000098765432101"),
                new Texts("Coopérative Izourane", "تعاونية إزوران", "Izourane Cooperative"),
                new Texts("Tinghir", "تنغير", "Tinghir"),
                new Texts("À Tinghir, les tisserandes d'Izourane montent leurs métiers dans la maison commune et reprennent "
                        + "les motifs de leurs grands-mères, en laine filée et teinte sur place.",
                        "في تنغير، تنصب نساجات إزوران أنوالهن في الدار المشتركة ويعدن رسم زخارف جداتهن بصوف يغزل ويصبغ في عين المكان.",
                        "In Tinghir, the weavers of Izourane set up their looms in the common house and take up their "
                        + "grandmothers' patterns, in wool spun and dyed on the spot."),
                mad(6000),
                List.of(product("RUG-AKHNIF-120", "coop-izourane", "rugs", 145000, 8,
                                new Texts("Tapis berbère 120 × 80 cm", "زربية أمازيغية 120 × 80 سم", "Berber rug 120 × 80 cm")),
                        product("CUSHION-WOOL", "coop-izourane", "textiles", 26000, 25,
                                new Texts("Coussin tissé en laine", "وسادة منسوجة من الصوف", "Woven wool cushion")))));
        all.add(new CooperativeProfile(
                coop("coop-tamount", "Coopérative Tamount", CooperativeKind.WOMEN, DRAA_TAFILALET, 1000, "MA640011100000055555555501"),
                new Texts("Coopérative Tamount", "تعاونية تامونت", "Tamount Cooperative"),
                new Texts("Ouarzazate", "ورزازات", "Ouarzazate"),
                new Texts("Dix-huit couturières de Ouarzazate brodent caftans et sacs à la main ; la coopérative a ouvert "
                        + "une garderie pour leurs enfants.",
                        "ثماني عشرة خياطة من ورزازات يطرزن القفاطين والحقائب يدويا، وقد فتحت التعاونية روضا لأطفالهن.",
                        "Eighteen seamstresses of Ouarzazate embroider kaftans and bags by hand; the cooperative opened a "
                        + "day nursery for their children."),
                mad(3500),
                List.of(product("KAFTAN-EMB", "coop-tamount", "sewing", 89000, 10,
                                new Texts("Caftan brodé main", "قفطان مطرز يدويا", "Hand-embroidered kaftan")),
                        product("BAG-EMB", "coop-tamount", "sewing", 19000, 30,
                                new Texts("Sac brodé en coton", "حقيبة قطنية مطرزة", "Embroidered cotton bag")))));
        all.add(new CooperativeProfile(
                coop("coop-palmeraie", "Coopérative des Jeunes de la Palmeraie", CooperativeKind.YOUTH, DRAA_TAFILALET, 500,
                        "MA640011100000077777777701"),
                new Texts("Coopérative des Jeunes de la Palmeraie", "تعاونية شباب الواحة", "Palm Grove Youth Cooperative"),
                new Texts("Zagora", "زاكورة", "Zagora"),
                new Texts("Douze jeunes diplômés de Zagora récoltent, trient et conditionnent les dattes de la palmeraie "
                        + "familiale au lieu de partir chercher du travail en ville.",
                        "اثنا عشر شابا من حاملي الشهادات في زاكورة يجنون التمور ويفرزونها ويعبئونها من واحة عائلاتهم بدل الهجرة إلى المدينة.",
                        "Twelve young graduates of Zagora harvest, sort and pack the dates of their families' palm grove "
                        + "instead of leaving to look for work in the city."),
                mad(3000),
                List.of(product("DATES-MEJHOUL-1KG", "coop-palmeraie", "dates", 14000, 120,
                                new Texts("Dattes Mejhoul 1 kg", "تمر المجهول 1 كغ", "Mejhoul dates 1 kg")),
                        product("DATES-PASTE-500", "coop-palmeraie", "dates", 5500, 90,
                                new Texts("Pâte de dattes 500 g", "عجينة التمر 500 غ", "Date paste 500 g")))));
        all.add(new CooperativeProfile(
                coop("coop-nnuqra", "Coopérative Nnuqra", CooperativeKind.YOUTH, MARRAKECH_SAFI, 1000, "MA640011100000033333333301"),
                new Texts("Coopérative Nnuqra", "تعاونية النقرة", "Nnuqra Cooperative"),
                new Texts("Asni, Al Haouz", "أسني، الحوز", "Asni, Al Haouz"),
                new Texts("De jeunes bijoutiers d'Asni ont rouvert l'atelier d'argent du village après le séisme de 2023 "
                        + "et forment chaque année quatre apprentis.",
                        "أعاد صاغة شباب من أسني فتح ورشة الفضة في القرية بعد زلزال 2023، ويكونون كل سنة أربعة متعلمين.",
                        "Young silversmiths of Asni reopened the village's silver workshop after the 2023 earthquake and "
                        + "train four apprentices every year."),
                mad(2500),
                List.of(product("FIBULA-SILVER", "coop-nnuqra", "jewellery", 65000, 12,
                                new Texts("Fibule berbère en argent", "خلالة أمازيغية من الفضة", "Berber silver fibula")),
                        product("BRACELET-ENAMEL", "coop-nnuqra", "jewellery", 32000, 20,
                                new Texts("Bracelet émaillé", "سوار مزين بالمينا", "Enamelled bracelet")))));
        all.add(new CooperativeProfile(
                coop("coop-azaghar", "Coopérative Azaghar", CooperativeKind.MIXED, MARRAKECH_SAFI, 1000, "MA640011100000044444444401"),
                new Texts("Coopérative Azaghar", "تعاونية أزغار", "Azaghar Cooperative"),
                new Texts("Amizmiz, Al Haouz", "أمزميز، الحوز", "Amizmiz, Al Haouz"),
                new Texts("Les familles d'Amizmiz cueillent thym, verveine et romarin sur les pentes de l'Atlas et les "
                        + "sèchent à l'ombre, comme on le fait depuis toujours.",
                        "تقطف أسر أمزميز الزعتر واللويزة وإكليل الجبل من سفوح الأطلس وتجففها في الظل كما جرت العادة.",
                        "The families of Amizmiz pick thyme, verbena and rosemary on the slopes of the Atlas and dry them "
                        + "in the shade, as it has always been done."),
                mad(2500),
                List.of(product("THYME-100", "coop-azaghar", "aromatics", 3500, 150,
                                new Texts("Thym sauvage 100 g", "زعتر بري 100 غ", "Wild thyme 100 g")),
                        product("VERBENA-50", "coop-azaghar", "aromatics", 3000, 150,
                                new Texts("Verveine séchée 50 g", "لويزة مجففة 50 غ", "Dried verbena 50 g")),
                        product("ROSEMARY-OIL-10", "coop-azaghar", "aromatics", 8500, 60,
                                new Texts("Huile essentielle de romarin 10 ml", "زيت إكليل الجبل العطري 10 مل",
                                        "Rosemary essential oil 10 ml")))));
        return List.copyOf(all);
    }

    /** The names of the seed regions. */
    public static Texts regionNames(String region) {
        return switch (region) {
            case SOUSS_MASSA -> new Texts(SOUSS_MASSA, "سوس ماسة", SOUSS_MASSA);
            case DRAA_TAFILALET -> new Texts(DRAA_TAFILALET, "درعة تافيلالت", DRAA_TAFILALET);
            case MARRAKECH_SAFI -> new Texts(MARRAKECH_SAFI, "مراكش آسفي", MARRAKECH_SAFI);
            default -> new Texts(region, region, region);
        };
    }

    private static Cooperative coop(String id, String name, CooperativeKind kind, String region, int commissionBps,
                                    String rib) {
        return Cooperative.of(CooperativeId.of(id), name, kind, region, TaawonConfiguration.MAD)
                .withCommissionRate(BasisPoints.of(commissionBps))
                .withPayoutDestination(new PayoutDestination.BankAccount(rib, name));
    }

    private static ProductProfile product(String sku, String cooperative, String category, long priceMinor, long stock,
                                          Texts names) {
        return new ProductProfile(new Product(Sku.of(sku), CooperativeId.of(cooperative), names.fr(), category,
                mad(priceMinor), stock), names);
    }

    private static Money mad(long minor) {
        return Money.of(minor, TaawonConfiguration.MAD);
    }
}
