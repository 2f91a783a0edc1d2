/**
 * Who may see what: form login with BCrypt-hashed demo passwords, CSRF on every form, and the mapping
 * from a cooperative's login to its cooperative id, the only source of that id on its pages.
 */
package org.taawon.examples.shop.security;
