package org.taawon.examples.shop.storefront;

import java.util.List;
import java.util.TreeSet;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.taawon.core.catalogue.Cooperative;
import org.taawon.core.catalogue.CooperativeKind;
import org.taawon.core.catalogue.Cooperatives;
import org.taawon.core.catalogue.Ids;
import org.taawon.core.catalogue.Product;
import org.taawon.core.catalogue.Products;
import org.taawon.core.catalogue.Sku;
import org.taawon.examples.shop.showcase.CooperativeProfile;
import org.taawon.examples.shop.showcase.Showcase;
import org.taawon.examples.shop.web.Languages;
import org.taawon.examples.shop.web.NotFoundException;

/** The catalogue (filtered by cooperative, region, kind and category), product pages and the cooperatives' page. */
@Controller
public class StorefrontController {

    private final Products products;
    private final Cooperatives cooperatives;
    private final Showcase showcase;
    private final PriceShare priceShare;

    public StorefrontController(Products products, Cooperatives cooperatives, Showcase showcase, PriceShare priceShare) {
        this.products = products;
        this.cooperatives = cooperatives;
        this.showcase = showcase;
        this.priceShare = priceShare;
    }

    @GetMapping("/")
    String catalogue(@RequestParam(defaultValue = "") String cooperative, @RequestParam(defaultValue = "") String region,
                     @RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String category,
                     Model model) {
        String language = Languages.current();
        List<Item> items = products.all().stream()
                .map(p -> new Item(p, cooperatives.get(p.cooperative())))
                .filter(i -> cooperative.isEmpty() || i.cooperative().id().value().equals(cooperative))
                .filter(i -> region.isEmpty() || i.cooperative().region().equals(region))
                .filter(i -> kind.isEmpty() || i.cooperative().kind().name().equals(kind))
                .filter(i -> category.isEmpty() || i.product().category().equals(category))
                .toList();
        model.addAttribute("items", items);
        model.addAttribute("cooperatives", cooperatives.all().stream()
                .map(c -> new Option(c.id().value(), showcase.cooperativeName(c.id(), language))).toList());
        model.addAttribute("regions", new TreeSet<>(cooperatives.all().stream().map(Cooperative::region).toList()).stream()
                .map(r -> new Option(r, showcase.regionName(r, language))).toList());
        model.addAttribute("kinds", List.of(CooperativeKind.WOMEN.name(), CooperativeKind.YOUTH.name()));
        model.addAttribute("categories", new TreeSet<>(products.all().stream().map(Product::category).toList()));
        model.addAttribute("selected", new Filter(cooperative, region, kind, category));
        return "catalogue";
    }

    @GetMapping("/products/{sku}")
    String product(@PathVariable String sku, Model model) {
        Product product = findProduct(sku);
        String language = Languages.current();
        Cooperative cooperative = cooperatives.get(product.cooperative());
        model.addAttribute("item", new Item(product, cooperative));
        model.addAttribute("productName", showcase.productName(product.sku(), language));
        model.addAttribute("story", showcase.profile(cooperative.id()).map(p -> p.story().in(language)).orElse(""));
        model.addAttribute("share", priceShare.of(product));
        return "product";
    }

    @GetMapping("/cooperatives")
    String cooperatives(Model model) {
        String language = Languages.current();
        model.addAttribute("profiles", showcase.profiles().stream()
                .filter(p -> cooperatives.find(p.cooperative().id()).isPresent())
                .map(p -> new ProfileView(p, language, showcase.regionName(p.cooperative().region(), language)))
                .toList());
        return "cooperatives";
    }

    private Product findProduct(String sku) {
        try {
            return products.find(Sku.of(sku)).orElseThrow(() -> new NotFoundException("product " + sku));
        } catch (Ids.InvalidIdException e) {
            throw new NotFoundException("product " + sku);
        }
    }

    /** A product with its cooperative. */
    public record Item(Product product, Cooperative cooperative) {
    }

    /** A choice in a filter: its value and label. */
    public record Option(String value, String label) {
    }

    /** The filters in force. */
    public record Filter(String cooperative, String region, String kind, String category) {
    }

    /** A cooperative's card on the cooperatives' page. */
    public record ProfileView(CooperativeProfile profile, String language, String region) {
    }
}
