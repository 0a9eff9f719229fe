package dev.gofit.decision;

import dev.gofit.account.User;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.CreationTimestamp;

import java.time.Instant;
import java.util.List;

/** A colleague's comment on a decision, kept with the revision it was made on. */
@Entity
@Table(name = "decision_comment")
public class DecisionComment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "decision_id", nullable = false)
    public Long decisionId;

    @Column(nullable = false)
    public int revision;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    public User author;

    @Column(nullable = false)
    public String body;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /** A decision's comments, newest revision first, then in the order they were made. */
    public static List<DecisionComment> listFor(long decisionId) {
        return list("decisionId = ?1 order by revision desc, id", decisionId);
    }
}
