package org.taawon.examples.shop.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.taawon.core.money.TaawonException;

/**
 * A rule of the library refused what was asked (not enough stock, a refund above the purchase, ...):
 * the page says why with the library's reason code, and nothing was changed.
 */
@ControllerAdvice
public class ErrorPages {

    private final PageModel pageModel;

    public ErrorPages(PageModel pageModel) {
        this.pageModel = pageModel;
    }

    @ExceptionHandler(TaawonException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused(TaawonException e, Model model, HttpServletRequest request) {
        pageModel.layout(model, request);
        model.addAttribute("reason", e.reason());
        return "refused";
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model, HttpServletRequest request) {
        pageModel.layout(model, request);
        return "not-found";
    }
}
