/**
 * What every page shares: the languages (French, Arabic right to left, English) and how they are
 * chosen and remembered, amounts formatted with the library's money format, the layout's model,
 * error pages and the server-drawn SVG charts.
 */
package org.taawon.examples.shop.web;
