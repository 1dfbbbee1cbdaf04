package jp.itaku.common.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

/** One MongoDB client per service; only created where a service injects it. */
@ApplicationScoped
public class MongoProducer {

    @Produces
    @ApplicationScoped
    MongoClient client(MongoConfig config) {
        return MongoClients.create(com.mongodb.MongoClientSettings.builder()
                .applyConnectionString(new com.mongodb.ConnectionString(config.uri()))
                .applyToClusterSettings(b -> b.serverSelectionTimeout(
                        config.serverSelectionTimeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS))
                .applyToSocketSettings(b -> b.connectTimeout(5, java.util.concurrent.TimeUnit.SECONDS))
                .build());
    }

    @Produces
    @ApplicationScoped
    MongoDatabase database(MongoClient client, MongoConfig config) {
        return client.getDatabase(config.database());
    }

    void close(@Disposes MongoClient client) {
        client.close();
    }
}
