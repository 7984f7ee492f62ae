package cn.kaifeng.tfs.program.web;

import cn.kaifeng.tfs.program.domain.Assessment;
import cn.kaifeng.tfs.program.domain.Assessor;
import cn.kaifeng.tfs.program.domain.FieldDefinition;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.expression.Facts;
import cn.kaifeng.tfs.program.service.ProgramService;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The public policy calculator (政策计算器): anyone picks an open program, answers the few questions its definition
 * marks for the calculator, and sees which eligibility conditions are met and an estimate of the objective score,
 * each with its reason. Nothing is stored.
 */
@Named
@ViewScoped
public class CalculatorPage implements Serializable {

    /** The application's one clock (shared.infra.Clocks): real time, or the demo seeder's simulated day. */
    @Inject
    private Clock clock;

    private static final long serialVersionUID = 1L;

    @Inject
    private ProgramService catalog;

    @Inject
    private Messages messages;

    private String programCode;
    private List<FieldInput> inputs = List.of();
    private Assessment result;

    /** Read once per view (a page asks for the list several times while it renders); a reload shows new programs. */
    private transient List<ProgramDefinition> programs;

    public List<ProgramDefinition> getPrograms() {
        if (programs == null) {
            programs = catalog.openOn(LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))), null);
        }
        return programs;
    }

    public void choose() {
        result = null;
        inputs = program()
                .map(p -> p.fields().stream()
                        .filter(FieldDefinition::calculator)
                        .map(FieldInput::new)
                        .toList())
                .orElse(List.of());
    }

    public void calculate() {
        Optional<ProgramDefinition> program = program();
        if (program.isEmpty()) {
            messages.error("calc:program", "calculator.chooseProgram");
            return;
        }
        result = Assessor.assess(program.get(), Facts.of(FieldInput.values(inputs)));
    }

    public Optional<ProgramDefinition> program() {
        return programCode == null ? Optional.empty() : catalog.current(programCode);
    }

    public ProgramDefinition getProgram() {
        return program().orElse(null);
    }

    public String getProgramCode() {
        return programCode;
    }

    public void setProgramCode(String programCode) {
        this.programCode = programCode;
    }

    public List<FieldInput> getInputs() {
        return inputs;
    }

    public Assessment getResult() {
        return result;
    }
}
