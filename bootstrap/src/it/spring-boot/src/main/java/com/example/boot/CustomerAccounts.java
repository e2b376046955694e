package com.example.boot;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The platform's repository of its own customer accounts (Spring Data JPA). */
public interface CustomerAccounts extends JpaRepository<CustomerAccount, Long> {
  Optional<CustomerAccount> findByEmail(String email);
}
