package org.taawon.persistence.ledger;

import org.mapstruct.AfterMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.taawon.core.ledger.LedgerEntry;
import org.taawon.core.ledger.LedgerTransaction;
import org.taawon.persistence.support.EntityMappingConfig;

/** {@link LedgerTransaction} to and from its rows; loading rebuilds it, so a stored transaction that does not balance is refused. */
@Mapper(config = EntityMappingConfig.class)
interface LedgerEntityMapper {

    LedgerEntityMapper MAPPER = new GeneratedLedgerEntityMapper();

    @Mapping(target = "id", source = "transactionId")
    LedgerTransaction toDomain(LedgerTransactionEntity entity);

    @Mapping(target = "account", expression = "java(new org.taawon.core.ledger.Account(entity.getAccountType(), entity.getAccountOwner()))")
    LedgerEntry toDomain(LedgerEntryEntity entity);

    @Mapping(target = "transactionId", source = "id")
    @Mapping(target = "currency", expression = "java(transaction.currency().getCurrencyCode())")
    LedgerTransactionEntity toEntity(LedgerTransaction transaction);

    @Mapping(target = "transaction", ignore = true)
    @Mapping(target = "accountType", source = "account.type")
    @Mapping(target = "accountOwner", source = "account.owner")
    LedgerEntryEntity toEntity(LedgerEntry entry);

    @AfterMapping
    default void linkEntries(@MappingTarget LedgerTransactionEntity transaction) {
        transaction.getEntries().forEach(entry -> entry.setTransaction(transaction));
    }
}
