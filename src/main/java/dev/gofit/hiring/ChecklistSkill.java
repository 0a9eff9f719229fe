package dev.gofit.hiring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/** One weighted skill of a checklist (a core skill from content, or a custom one) with its checks. */
@Entity
@Table(name = "checklist_skill")
public class ChecklistSkill extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "checklist_id")
    public Checklist checklist;

    @Column(nullable = false)
    public int position;

    @Column(name = "skill_key", nullable = false)
    public String skillKey;

    @Column(nullable = false)
    public String label;

    @Column(nullable = false)
    public int weight;

    @Column(nullable = false)
    public boolean custom;

    @ElementCollection
    @CollectionTable(name = "checklist_check", joinColumns = @JoinColumn(name = "skill_id"))
    @OrderColumn(name = "position")
    public List<ChecklistCheck> checks = new ArrayList<>();
}
