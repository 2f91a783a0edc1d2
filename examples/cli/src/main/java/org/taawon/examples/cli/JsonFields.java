package org.taawon.examples.cli;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.taawon.core.money.BasisPoints;

/**
 * Typed reads of a scenario's JSON fields. Each names the field's path in its error, so that a
 * refused file says exactly where it is wrong.
 */
final class JsonFields {

    private JsonFields() {
    }

    static JsonNode object(JsonNode node, String where) {
        if (node == null || !node.isObject()) {
            throw new InvalidScenarioException(where + " must be an object");
        }
        return node;
    }

    static JsonNode requiredArray(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null) {
            throw new InvalidScenarioException(where + "." + field + " is missing");
        }
        if (!value.isArray()) {
            throw new InvalidScenarioException(where + "." + field + " must be an array");
        }
        return value;
    }

    static String requiredText(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null) {
            throw new InvalidScenarioException(where + "." + field + " is missing");
        }
        if (!value.isTextual()) {
            throw new InvalidScenarioException(where + "." + field + " must be a string");
        }
        return value.textValue();
    }

    static String optionalText(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null) {
            return "";
        }
        if (!value.isTextual()) {
            throw new InvalidScenarioException(where + "." + field + " must be a string");
        }
        return value.textValue();
    }

    static long requiredLong(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null) {
            throw new InvalidScenarioException(where + "." + field + " is missing");
        }
        return exactLong(value, where + "." + field);
    }

    static long optionalLong(JsonNode node, String field, String where, long absent) {
        JsonNode value = node.get(field);
        return value == null ? absent : exactLong(value, where + "." + field);
    }

    static long exactLong(JsonNode value, String where) {
        if (!value.isIntegralNumber()) {
            throw new InvalidScenarioException(where + " must be a JSON integer");
        }
        BigInteger big = value.bigIntegerValue();
        if (big.bitLength() > 63) {
            throw new InvalidScenarioException(where + " is out of range");
        }
        return big.longValueExact();
    }

    /**
     * An integer that the library judges (a quantity, a discount): beyond the long range it is clamped,
     * since the rules refuse it anyway, with the reason they give.
     */
    static long clamped(JsonNode node, String field, String where, boolean required, long absent) {
        JsonNode value = node.get(field);
        if (value == null) {
            if (required) {
                throw new InvalidScenarioException(where + "." + field + " is missing");
            }
            return absent;
        }
        if (!value.isIntegralNumber()) {
            throw new InvalidScenarioException(where + "." + field + " must be a JSON integer");
        }
        BigInteger big = value.bigIntegerValue();
        if (big.bitLength() > 63) {
            return big.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        return big.longValueExact();
    }

    static BasisPoints rate(JsonNode node, String field, String where, BasisPoints absent) {
        JsonNode value = node.get(field);
        if (value == null) {
            return absent;
        }
        long bps = exactLong(value, where + "." + field);
        if (bps < 0 || bps > BasisPoints.WHOLE) {
            throw new InvalidScenarioException(where + "." + field + " must be 0..10000 basis points, not " + bps);
        }
        return BasisPoints.of(bps);
    }

    static <E extends Enum<E>> E enumValue(JsonNode node, String field, String where, Class<E> type, E absent) {
        JsonNode value = node.get(field);
        if (value == null) {
            return absent;
        }
        if (!value.isTextual()) {
            throw new InvalidScenarioException(where + "." + field + " must be a string");
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.textValue())) {
                return constant;
            }
        }
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name());
        }
        throw new InvalidScenarioException(where + "." + field + ": unknown value '" + value.textValue() + "' (" + String.join(", ", names) + ")");
    }
}
